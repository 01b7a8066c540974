/* main.c - the `weft` command: parses the command line the way CPython
 * does, then hands over to runtime_init / runtime_main.
 *
 *   weft [options] script.py args...   sys.argv = ['script.py', args...]
 *   weft [options] -c CODE args...     sys.argv = ['-c', args...]
 *   weft [options] -m module args...   sys.argv = [<full path>, args...]
 *   weft [options] - args...           sys.argv = ['-', args...]
 *   weft [options]                     stdin a tty: REPL; else read stdin
 *
 * Options accepted: -c -m -V/--version -h/--help -u -B -E -O -OO -s -S -q
 * -i -I -b -d -v -W arg -X arg (most are accepted and ignored).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "modules/modules.h"

static void usage(FILE *out, const char *prog) {
    fprintf(out,
            "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
            "Options:\n"
            "-B     : don't write .pyc files (accepted, Weft writes none)\n"
            "-c cmd : program passed in as string (terminates option list)\n"
            "-E     : ignore WEFTPATH\n"
            "-h     : print this help message and exit (also -? or --help)\n"
            "-i     : accepted and ignored\n"
            "-m mod : run library module as a script (terminates option list)\n"
            "-O     : accepted and ignored\n"
            "-u     : force the stdout and stderr streams to be unbuffered\n"
            "-V     : print the Python version number and exit (also --version)\n"
            "-X opt : accepted and ignored\n"
            "file   : program read from script file\n"
            "-      : program read from stdin (default; interactive mode if a tty)\n"
            "arg ...: arguments passed to program in sys.argv[1:]\n"
            "\n"
            "Environment variables:\n"
            "WEFTPATH : ':'-separated list of directories prefixed to the\n"
            "           default module search path.\n",
            prog);
}

int main(int argc, char **argv) {
    int stack_base;
    RunConfig *rc = &run_config;
    rc->orig_argc = argc;
    rc->orig_argv = argv;
    rc->mode = -1;
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || a[1] == 0)
            break;                       /* script name, or "-" */
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (strcmp(a, "--version") == 0) {
            printf("Weft %s (Python %s compatible)\n", WEFT_VERSION, WEFT_PY_VERSION);
            return 0;
        }
        if (strcmp(a, "--help") == 0) {
            usage(stdout, argv[0]);
            return 0;
        }
        if (a[1] == '-') {
            fprintf(stderr, "unknown option %s\n", a);
            usage(stderr, argv[0]);
            return 2;
        }
        /* a cluster of single-letter options: -uB, -c CODE, -cCODE */
        for (const char *p = a + 1; *p; p++) {
            char c = *p;
            if (c == 'c' || c == 'm' || c == 'X' || c == 'W') {
                const char *val;
                if (p[1])
                    val = p + 1;
                else if (i + 1 < argc)
                    val = argv[++i];
                else {
                    fprintf(stderr, "Argument expected for the -%c option\n", c);
                    usage(stderr, argv[0]);
                    return 2;
                }
                if (c == 'c') {
                    rc->mode = RUN_COMMAND;
                    rc->command = val;
                } else if (c == 'm') {
                    rc->mode = RUN_MODULE;
                    rc->module = val;
                }
                break;                   /* the rest of this word was the value */
            }
            switch (c) {
            case 'u': rc->unbuffered = 1; break;
            case 'B': rc->dont_write_bytecode = 1; break;
            case 'E': case 'I': rc->ignore_env = 1; break;
            case 'O': rc->optimize++; break;
            case 'i': rc->inspect = 1; break;
            case 'q': rc->quiet = 1; break;
            case 's': case 'S': case 'b': case 'd': case 'v': case 'R': case 'P':
                break;
            case 'V':
                printf("Weft %s (Python %s compatible)\n", WEFT_VERSION, WEFT_PY_VERSION);
                return 0;
            case 'h': case '?':
                usage(stdout, argv[0]);
                return 0;
            default:
                fprintf(stderr, "Unknown option: -%c\n", c);
                usage(stderr, argv[0]);
                return 2;
            }
        }
        if (rc->mode == RUN_COMMAND || rc->mode == RUN_MODULE) {
            i++;
            break;
        }
    }

    /* Build the program's argv (what becomes sys.argv). */
    int pargc;
    char **pargv;
    int rest = argc - i;
    pargv = malloc(sizeof(char *) * (size_t)(rest + 2));
    if (!pargv)
        return 1;
    if (rc->mode == RUN_COMMAND || rc->mode == RUN_MODULE) {
        pargv[0] = rc->mode == RUN_COMMAND ? "-c" : "-m";
        memcpy(pargv + 1, argv + i, sizeof(char *) * (size_t)rest);
        pargc = rest + 1;
    } else if (rest > 0) {
        if (strcmp(argv[i], "-") == 0)
            rc->mode = RUN_STDIN;
        else {
            rc->mode = RUN_SCRIPT;
            rc->script = argv[i];
        }
        memcpy(pargv, argv + i, sizeof(char *) * (size_t)rest);
        pargc = rest;
    } else {
        rc->mode = isatty(0) ? RUN_REPL : RUN_STDIN;
        pargv[0] = "";
        pargc = 1;
    }
    pargv[pargc] = NULL;

    if (runtime_init(pargc, pargv, &stack_base) < 0) {
        fprintf(stderr, "weft: fatal error during start-up\n");
        return 1;
    }
    return signals_exit(runtime_main(pargc, pargv)); /* dies by SIGINT after KeyboardInterrupt */
}
