#ifndef ZHURNAL_CNCURSESW_SHIM_H
#define ZHURNAL_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <pty.h>
#include <pthread.h>
#include <unistd.h>

/* Globals and macros that Swift 6 cannot import, as inline functions. */
static inline WINDOW *zh_stdscr(void) { return stdscr; }
static inline int zh_lines(void) { return LINES; }
static inline int zh_cols(void) { return COLS; }
static inline int zh_key_resize(void) { return KEY_RESIZE; }
static inline int zh_key_backspace(void) { return KEY_BACKSPACE; }
static inline int zh_key_dc(void) { return KEY_DC; }
static inline int zh_key_enter(void) { return KEY_ENTER; }
static inline int zh_key_up(void) { return KEY_UP; }
static inline int zh_key_down(void) { return KEY_DOWN; }
static inline int zh_key_left(void) { return KEY_LEFT; }
static inline int zh_key_right(void) { return KEY_RIGHT; }
static inline int zh_key_home(void) { return KEY_HOME; }
static inline int zh_key_end(void) { return KEY_END; }
static inline int zh_key_npage(void) { return KEY_NPAGE; }
static inline int zh_key_ppage(void) { return KEY_PPAGE; }
static inline int zh_key_btab(void) { return KEY_BTAB; }
static inline int zh_key_f(int n) { return KEY_F(n); }
static inline int zh_ok(void) { return OK; }
static inline int zh_err(void) { return ERR; }
static inline int zh_key_code_yes(void) { return KEY_CODE_YES; }
static inline attr_t zh_a_bold(void) { return A_BOLD; }
static inline attr_t zh_a_reverse(void) { return A_REVERSE; }
static inline attr_t zh_a_underline(void) { return A_UNDERLINE; }
static inline attr_t zh_a_dim(void) { return A_DIM; }
static inline attr_t zh_a_normal(void) { return A_NORMAL; }
static inline int zh_color_pair_attr(int pair) { return COLOR_PAIR(pair); }
static inline int zh_colors(void) { return COLORS; }

/* Starts curses on stdin/stdout for $TERM; NULL instead of exiting when the terminal is unknown. */
static inline SCREEN *zh_newterm(void) { return newterm(NULL, stdout, stdin); }

/* Calls handler on sig without restarting interrupted reads, so a waiting read returns at once;
   a NULL handler restores the default action. */
static inline int zh_catch_signal(int sig, void (*handler)(int)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    return sigaction(sig, &action, NULL);
}

static inline void zh_restore_and_reraise(int sig) {
    endwin();
    raise(sig);
}

/* On a crash signal, restores the terminal and then dies of the same signal. */
static inline void zh_restore_terminal_on_crash(void) {
    const int signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT };
    for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = zh_restore_and_reraise;
        action.sa_flags = SA_RESETHAND | SA_NODEFER;
        sigemptyset(&action.sa_mask);
        sigaction(signals[i], &action, NULL);
    }
}

/* The active locale's codeset, e.g. "UTF-8". */
static inline const char *zh_codeset(void) { return nl_langinfo(CODESET); }

/* Sets the locale from the environment; returns the resulting name or NULL. */
static inline const char *zh_setlocale_from_env(void) { return setlocale(LC_ALL, ""); }

/* Writes one cell (a string of wide characters making one glyph) at y, x with attributes and pair. */
static inline int zh_put_cell(int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t cc;
    if (setcchar(&cc, text, attrs, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cc);
}
/* Starts curses of type `term` on a pseudo-terminal's slave side `fd` (for the benchmark);
   NULL when the type is unknown. `file` receives the FILE opened on fd for the caller to close. */
static inline SCREEN *zh_newterm_on(const char *term, int fd, FILE **file) {
    FILE *stream = fdopen(fd, "r+");
    if (stream == NULL) return NULL;
    SCREEN *screen = newterm(term, stream, stream);
    if (screen == NULL) { fclose(stream); return NULL; }
    *file = stream;
    return screen;
}

/* Opens a pseudo-terminal of rows x cols; 0 on success. */
static inline int zh_openpty(int *master, int *slave, int rows, int cols) {
    struct winsize size;
    memset(&size, 0, sizeof size);
    size.ws_row = (unsigned short)rows;
    size.ws_col = (unsigned short)cols;
    return openpty(master, slave, NULL, NULL, &size);
}

static void *zh_drain_loop(void *argument) {
    int fd = (int)(long)argument;
    char buffer[16384];
    while (read(fd, buffer, sizeof buffer) > 0) {}
    close(fd);
    return NULL;
}

/* Reads and discards everything written to a pseudo-terminal's master side `fd` on a detached
   thread, as a terminal emulator would, until the slave side is closed; the thread closes fd. */
static inline int zh_drain_in_background(int fd) {
    pthread_t thread;
    if (pthread_create(&thread, NULL, zh_drain_loop, (void *)(long)fd) != 0) return -1;
    return pthread_detach(thread);
}
#endif
