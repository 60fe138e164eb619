/// The `zhurnal --help` text in each language.
enum CommandHelp {
    static let english = """
    Zhurnal — a class journal in the terminal.

    Usage:
      zhurnal [--db PATH] [--lang ru|en]          open the journal
      zhurnal demo [--force]                      build a demo school (once) and open it
      zhurnal import roster FILE [--class 7А]     add students from a CSV file
      zhurnal import marks FILE                   add journal entries (long format)
      zhurnal import final-marks FILE             add the teacher's final term marks
      zhurnal import external FILE [--scale 6,10,14]
                                                  external procedure results (ВПР, ОГЭ, …):
                                                  procedure,class,subject,date,student,score,mark;
                                                  --scale: least scores for 3, 4, 5 when marks are empty
      zhurnal import rubric FILE.json             a criteria rubric with its scale (docs/rubrics.md)
      zhurnal import rubric-scores FILE           criteria points; the marks are derived
      zhurnal import curriculum FILE              class,subject,teacher,hours: classes, subjects, pairs
      zhurnal import calendar FILE                kind,number,start,end,grades: terms per parallel, holidays
      zhurnal import timetable FILE               class,weekday,lesson,subject (weekday 1–7 or пн…вс)
      zhurnal import plan FILE                    class,subject,number,topic,homework (КТП)
      zhurnal import staff FILE                   login,last_name,first_name,middle_name,roles
      zhurnal import movements FILE               class,student,event,date,to_class,reason,order
                                                  (event arrive|leave|transfer, Russian прибыл|выбыл|перевод)
      zhurnal student arrive --class C --student "Last First [Middle]" --date D [--order NO]
      zhurnal student leave --class C --student "Last First" --date D [--reason R] [--order NO]
      zhurnal student transfer --class C --student "Last First" --to C2 --date D [--order NO]
      zhurnal student rename --class C --student "Last First" --name "Last First [Middle]" --date D [--order NO]
                                                  a student's movement (a new name arriving is added)
      zhurnal lock|unlock --term N                lock or unlock a term (deputy head, administrator)
      zhurnal year close [--repeat "Last First"]…  end the school year: classes move up (7А → 8А), the 9th
                                                  and 11th graduate; the closed year is kept in
                                                  journal-2026-27.sqlite beside the journal (deputy head)
      zhurnal server setup [--root DIR] [--group G]  a school server's files (docs/deployment.md)
      zhurnal lessons generate --from D --to D [--class C] [--subject S]
                                                  one lesson per timetable lesson on school days
      zhurnal export marks [--class C] [--subject S] [--format csv|json] [--output FILE] [--excel]
      zhurnal export lessons --class C --subject S [--term N] [--format csv|json] [--output FILE]
      zhurnal report summary --class C [--subject S] [--term N|--year] [--format text|csv|html|json]
                                                  [--output FILE] [--excel] [--averages] [--teacher NAME] [--print]
                                                  text: A4 sheets (landscape for all subjects); --print sends them to lpr
      zhurnal print journal --class C --subject S [--term N|--year] [--format text|html]
                                                  [--output FILE] [--teacher NAME] [--print]
                                                  the journal page to archive: students × dates, topics,
                                                  statistics per lesson (A4 landscape)
      zhurnal report student --class C --student "Last [First]" [--term N] [--format text|json]
      zhurnal report risk [--class C | --grade 7] [--term N] [--format text|json]
                                                  students at risk, ranked: a class, a grade or the school
      zhurnal report attendance --class C [--term N] [--format text|csv|html|json] [--output FILE]
                                                  lessons missed (н б у), late (оп) and missed % per student
      zhurnal report class-teacher --class C [--term N] [--format text|html|json] [--output FILE]
                    [--teacher NAME] [--print]    the class teacher's report: subjects' statistics,
                                                  attendance and movement (A4 portrait)
      zhurnal report movements [--term N] [--format text|csv|html|json] [--output FILE]
                                                  the school's movement of students per class: at start,
                                                  arrived, moved in, left (by reason), moved out, at end
      zhurnal report objectivity --procedure P [--term N] [--format text|json]
                                                  external marks against final term marks
      zhurnal report district DB1 DB2 … [--term N] [--format text|json]
                    [--min-progress 85] [--min-quality 30] [--min-sou 40]
                                                  several schools' files (read only); schools below
                                                  a threshold are flagged as ШНОР candidates
      zhurnal backup FILE                         copy the journal to a new file
      zhurnal check                               check the journal file's integrity
      zhurnal bench [--scale small|school|district|server] [--seed N] [--format text|json]
                                                  build a synthetic school (school: 1,000 students,
                                                  ≈1.5 M entries; district: 20 files; small: seconds;
                                                  server: 40 sessions typing into one file for 60 s)
                                                  in a temporary directory and time the journal on it
                                                  (docs/benchmarks.md); --db PATH: a new file to keep
      zhurnal --help | --version

    The journal file: --db PATH, else $ZHURNAL_DB, else $XDG_DATA_HOME/zhurnal/journal.sqlite
    (~/.local/share/zhurnal/journal.sqlite). The demo lives in demo.sqlite beside it.
    CSV files: a header row in English or Russian, "," or ";", UTF-8 or Windows-1251.
    --excel writes what Excel opens directly: ";", CRLF, UTF-8 with BOM, DD.MM.YYYY dates,
    Russian headers (English with --lang en).
    Exit codes: 0 ok, 1 user error, 2 usage, 3 database refused.
    """

    static let russian = """
    Zhurnal — классный журнал в терминале.

    Использование:
      zhurnal [--db ПУТЬ] [--lang ru|en]          открыть журнал
      zhurnal demo [--force]                      создать демонстрационную школу (один раз) и открыть её
      zhurnal import roster ФАЙЛ [--class 7А]     загрузить список учеников из CSV
      zhurnal import marks ФАЙЛ                   загрузить отметки (по строке на отметку)
      zhurnal import final-marks ФАЙЛ             загрузить итоговые отметки учителя
      zhurnal import external ФАЙЛ [--scale 6,10,14]
                                                  результаты внешних процедур (ВПР, ОГЭ, …):
                                                  процедура,класс,предмет,дата,ученик,балл,отметка;
                                                  --scale: наименьший балл на «3», «4», «5», если отметок нет
      zhurnal import rubric ФАЙЛ.json             критерии оценивания со шкалой (docs/rubrics.md)
      zhurnal import rubric-scores ФАЙЛ           баллы по критериям; отметки выводятся из них
      zhurnal import curriculum ФАЙЛ              класс,предмет,учитель,часы: классы, предметы, пары
      zhurnal import calendar ФАЙЛ                вид,номер,начало,конец,параллели: периоды, каникулы
      zhurnal import timetable ФАЙЛ               класс,день,урок,предмет (день 1–7 или пн…вс)
      zhurnal import plan ФАЙЛ                    класс,предмет,номер,тема,дз (КТП)
      zhurnal import staff ФАЙЛ                   логин,фамилия,имя,отчество,роли (сотрудники)
      zhurnal import movements ФАЙЛ               класс,ученик,событие,дата,в класс,причина,приказ
                                                  (событие прибыл|выбыл|перевод)
      zhurnal student arrive --class К --student "Фамилия Имя [Отчество]" --date Д [--order №]
      zhurnal student leave --class К --student "Фамилия Имя" --date Д [--reason П] [--order №]
      zhurnal student transfer --class К --student "Фамилия Имя" --to К2 --date Д [--order №]
      zhurnal student rename --class К --student "Фамилия Имя" --name "Фамилия Имя [Отчество]" --date Д [--order №]
                                                  движение ученика (прибывший новый ученик добавляется)
      zhurnal lock|unlock --term N                закрыть или открыть период (завуч, администратор)
      zhurnal year close [--repeat "Фамилия Имя"]…  закрыть учебный год: классы переходят в следующий
                                                  (7А → 8А), 9-е и 11-е выпускаются; закрытый год —
                                                  в journal-2026-27.sqlite рядом с журналом (завуч)
      zhurnal server setup [--root DIR] [--group G]  файлы школьного сервера (docs/deployment.md)
      zhurnal lessons generate --from Д --to Д [--class К] [--subject П]
                                                  по уроку на каждый урок расписания в учебные дни
      zhurnal export marks [--class К] [--subject П] [--format csv|json] [--output ФАЙЛ] [--excel]
      zhurnal export lessons --class К --subject П [--term N] [--format csv|json] [--output ФАЙЛ]
      zhurnal report summary --class К [--subject П] [--term N|--year] [--format text|csv|html|json]
                                                  [--output ФАЙЛ] [--excel] [--averages] [--teacher ФИО] [--print]
                                                  text: листы A4 (все предметы — альбомный); --print — на печать через lpr
      zhurnal print journal --class К --subject П [--term N|--year] [--format text|html]
                                                  [--output ФАЙЛ] [--teacher ФИО] [--print]
                                                  страница журнала в архив: ученики × даты, темы уроков,
                                                  статистика по урокам (A4, альбомный)
      zhurnal report student --class К --student "Фамилия [Имя]" [--term N] [--format text|json]
      zhurnal report risk [--class К | --grade 7] [--term N] [--format text|json]
                                                  зона риска по порядку: класс, параллель или вся школа
      zhurnal report attendance --class К [--term N] [--format text|csv|html|json] [--output ФАЙЛ]
                                                  пропуски (н б у), опоздания (оп) и % пропусков по ученикам
      zhurnal report class-teacher --class К [--term N] [--format text|html|json] [--output ФАЙЛ]
                    [--teacher ФИО] [--print]     отчёт классного руководителя: успеваемость по
                                                  предметам, посещаемость и движение (A4, книжный)
      zhurnal report movements [--term N] [--format text|csv|html|json] [--output ФАЙЛ]
                                                  движение учащихся школы по классам: на начало, прибыло,
                                                  переведено в, выбыло (по причинам), переведено из, на конец
      zhurnal report objectivity --procedure П [--term N] [--format text|json]
                                                  внешние отметки против итоговых за период
      zhurnal report district БД1 БД2 … [--term N] [--format text|json]
                    [--min-progress 85] [--min-quality 30] [--min-sou 40]
                                                  сводка по школам (файлы только читаются); школы
                                                  ниже порога отмечены как кандидаты в ШНОР
      zhurnal backup ФАЙЛ                         сохранить копию журнала в новый файл
      zhurnal check                               проверить целостность файла журнала
      zhurnal bench [--scale small|school|district|server] [--seed N] [--format text|json]
                                                  создать учебную школу (school: 1000 учеников,
                                                  ≈1,5 млн записей; district: 20 файлов; small: секунды;
                                                  server: 40 сеансов 60 с пишут в один файл)
                                                  во временном каталоге и замерить журнал на ней
                                                  (docs/benchmarks.md); --db ПУТЬ: новый файл, он останется
      zhurnal --help | --version

    Файл журнала: --db ПУТЬ, иначе $ZHURNAL_DB, иначе $XDG_DATA_HOME/zhurnal/journal.sqlite
    (~/.local/share/zhurnal/journal.sqlite). Демонстрационная школа — demo.sqlite рядом.
    CSV: строка заголовков по-русски или по-английски, «,» или «;», UTF-8 или Windows-1251.
    --excel записывает то, что Excel открывает сразу: «;», CRLF, UTF-8 с BOM, даты ДД.ММ.ГГГГ,
    русские заголовки (английские с --lang en).
    Коды выхода: 0 — успех, 1 — ошибка пользователя, 2 — неверный вызов, 3 — файл журнала отклонён.
    """
}
