import Testing
@testable import ZhurnalCore

/// docs/rules.md §6: the thematic plan's topics go to the class's lessons of the subject in date
/// order; a re-import keeps topics typed by hand.
@Suite struct ThematicPlanTests {
    let plan = [PlanTopic(number: 2, topic: "Дроби", homework: "№ 12"), PlanTopic(number: 1, topic: "Числа", homework: "§ 1"),
                PlanTopic(number: 3, topic: "Проценты", homework: "")]

    func lesson(_ id: Int, _ date: String, _ number: Int? = nil, topic: String = "", homework: String = "",
                fromPlan: Bool = false) -> PlannedLesson {
        PlannedLesson(id: id, date: d(date), lesson: number, topic: topic, homework: homework, fromPlan: fromPlan)
    }

    @Test func topicsInDateOrder() {
        let result = ThematicPlan.assign(plan, to: [lesson(1, "2026-09-01", 1), lesson(2, "2026-09-01", 2), lesson(3, "2026-09-03", 1)])
        #expect(result.changes == [LessonTopicChange(id: 1, topic: "Числа", homework: "§ 1", fromPlan: true),
                                   LessonTopicChange(id: 2, topic: "Дроби", homework: "№ 12", fromPlan: true),
                                   LessonTopicChange(id: 3, topic: "Проценты", homework: "", fromPlan: true)])
        #expect(result.kept.isEmpty)
        #expect(result.unplaced == 0)
    }

    @Test func handTypedTopicsAreKeptAndTheirPlanTopicIsNotMoved() {
        let columns = [lesson(1, "2026-09-01", 1, topic: "Старое", fromPlan: true),
                       lesson(2, "2026-09-02", 1, topic: "Входная контрольная"),
                       lesson(3, "2026-09-03", 1)]
        let result = ThematicPlan.assign(plan, to: columns)
        #expect(result.changes.map(\.id) == [1, 3])
        #expect(result.changes.map(\.topic) == ["Числа", "Проценты"])
        #expect(result.kept.map(\.id) == [2])
    }

    @Test func handTypedHomeworkAlsoKeepsTheLesson() {
        let result = ThematicPlan.assign(plan, to: [lesson(1, "2026-09-01", homework: "стр. 5")])
        #expect(result.changes.isEmpty)
        #expect(result.kept.map(\.id) == [1])
        #expect(result.unplaced == 2)
    }

    @Test func sameTopicTypedByHandIsNotReportedAsKept() {
        let result = ThematicPlan.assign(plan, to: [lesson(1, "2026-09-01", topic: "Числа", homework: "§ 1")])
        #expect(result.kept.isEmpty)
        #expect(result.changes.isEmpty)
    }

    @Test func aShorterPlanClearsTheLessonsItNoLongerReaches() {
        let columns = [lesson(1, "2026-09-01", 1, topic: "Числа", homework: "§ 1", fromPlan: true),
                       lesson(2, "2026-09-02", 1, topic: "Старая тема", homework: "x", fromPlan: true),
                       lesson(3, "2026-09-03", 1, topic: "Моя тема")]
        let result = ThematicPlan.assign([PlanTopic(number: 1, topic: "Числа", homework: "§ 1")], to: columns)
        #expect(result.changes == [LessonTopicChange(id: 2, topic: "", homework: "", fromPlan: false)])
        #expect(result.kept.isEmpty)
    }

    @Test func columnsOfOneLessonShareItsTopic() {
        // Two columns in lesson 1 of 1 September (an answer and a homework check) are one lesson.
        let result = ThematicPlan.assign(plan, to: [lesson(1, "2026-09-01", 1), lesson(2, "2026-09-01", 1), lesson(3, "2026-09-02", 1)])
        #expect(result.changes.map(\.id) == [1, 3])
        #expect(result.changes.map(\.topic) == ["Числа", "Дроби"])
    }

    @Test func unnumberedColumnsAreLessonsEach() {
        let result = ThematicPlan.assign(plan, to: [lesson(1, "2026-09-01"), lesson(2, "2026-09-01")])
        #expect(result.changes.map(\.topic) == ["Числа", "Дроби"])
        #expect(result.unplaced == 1)
    }

    @Test func assigningTwiceChangesNothing() {
        let first = ThematicPlan.assign(plan, to: [lesson(1, "2026-09-01", 1), lesson(2, "2026-09-02", 1)])
        let applied = first.changes.map { lesson($0.id, $0.id == 1 ? "2026-09-01" : "2026-09-02", 1, topic: $0.topic,
                                                 homework: $0.homework, fromPlan: $0.fromPlan) }
        #expect(ThematicPlan.assign(plan, to: applied).changes.isEmpty)
    }
}
