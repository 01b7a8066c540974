# Weft build.  `make` builds ./weft (optimised); `make BUILD=debug|asan|tsan`
# builds build/<variant>/weft.  `make test` runs every test; `make demo`
# runs the demo programs; `make bench` compares speed with python3 and
# `make bench-threads` measures thread scaling under both.

BUILD ?= release
BUILDDIR ?= build/$(BUILD)
CC ?= cc

SRCS := $(shell find src -name '*.c' | sort)
MAIN_SRC := src/main.c
LIB_SRCS := $(filter-out $(MAIN_SRC),$(SRCS))
OBJS := $(SRCS:%.c=$(BUILDDIR)/%.o)
LIB_OBJS := $(LIB_SRCS:%.c=$(BUILDDIR)/%.o)
UNIT_SRCS := $(wildcard tests/unit/*.c)
UNIT_BINS := $(UNIT_SRCS:tests/unit/%.c=$(BUILDDIR)/unit/%)

WARN := -Wall -Wextra -Wshadow -Wstrict-prototypes -Wno-unused-parameter \
        -Wno-missing-field-initializers -Wno-sign-compare
CFLAGS_BASE := -std=gnu11 -pthread -fno-strict-aliasing -Isrc -Iinclude -MMD -MP $(WARN)
LIBS := -lgmp -lutf8proc -lm -pthread

ifeq ($(BUILD),release)
  CFLAGS_MODE := -O2 -g -DNDEBUG
else ifeq ($(BUILD),debug)
  CFLAGS_MODE := -O0 -g3 -DWEFT_DEBUG
else ifeq ($(BUILD),asan)
  CFLAGS_MODE := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
                 -fno-sanitize-recover=undefined -DWEFT_DEBUG
  LDFLAGS_MODE := -fsanitize=address,undefined
else ifeq ($(BUILD),tsan)
  CFLAGS_MODE := -O1 -g -fsanitize=thread -DWEFT_DEBUG
  LDFLAGS_MODE := -fsanitize=thread
else
  $(error unknown BUILD=$(BUILD); use release, debug, asan or tsan)
endif
ifeq ($(WERROR),1)
  CFLAGS_MODE += -Werror
endif

CFLAGS := $(CFLAGS_BASE) $(CFLAGS_MODE) $(EXTRA_CFLAGS)
BIN := $(BUILDDIR)/weft

.PHONY: all deps demo test test-unit test-lang test-torture bench bench-threads clean dev objs test-threads

ifeq ($(BUILD),release)
all: weft
weft: $(BIN)
	@cp $(BIN) weft.tmp && mv -f weft.tmp weft
else
all: $(BIN)
endif

deps: $(BUILDDIR)/.deps-ok
$(BUILDDIR)/.deps-ok: tools/ensure-deps.sh
	@mkdir -p $(BUILDDIR)
	@CC=$(CC) sh tools/ensure-deps.sh
	@touch $@

$(BIN): $(OBJS)
	$(CC) -o $@ $(OBJS) $(LDFLAGS_MODE) $(LIBS)

$(BUILDDIR)/%.o: %.c | $(BUILDDIR)/.deps-ok
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c $< -o $@

$(BUILDDIR)/unit/%: tests/unit/%.c $(LIB_OBJS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ $< $(LIB_OBJS) $(LDFLAGS_MODE) $(LIBS)

# `make dev BUILDDIR=build/mine`: compile what compiles and link it with
# unresolved symbols left at address 0 (for parts written in parallel; a
# call to a missing function crashes).  Never used by CI.
objs: $(OBJS)
dev:
	-@$(MAKE) -k --no-print-directory BUILDDIR=$(BUILDDIR) objs
	$(CC) -o $(BIN) $$(ls $(OBJS) 2>/dev/null) -no-pie -Wl,--unresolved-symbols=ignore-all $(LDFLAGS_MODE) $(LIBS)

demo: all
	$(BIN) examples/demo.py
	$(BIN) examples/threads_demo.py

test-unit: $(UNIT_BINS)
	@set -e; for t in $(UNIT_BINS); do echo "unit: $$t"; $$t; done

test-lang: all
	WEFT=$(abspath $(BIN)) bash tests/run.sh

test-torture: all
	WEFT=$(abspath $(BIN)) bash tests/run.sh --torture 50

# `make BUILD=tsan test-threads`: the thread tests (tests/thread) and the
# threaded C unit tests under ThreadSanitizer; any report fails the run
# (halt_on_error, exit status 66).  Works with any BUILD.
THREAD_UNIT_BINS := $(filter %threads,$(UNIT_BINS))
TSAN_SUPP := $(wildcard tools/tsan.supp)
test-threads: export TSAN_OPTIONS = halt_on_error=1 exitcode=66 second_deadlock_stack=1 $(if $(TSAN_SUPP),suppressions=$(abspath $(TSAN_SUPP))) $(TSAN_EXTRA)
test-threads: all $(THREAD_UNIT_BINS)
	@set -e; for t in $(THREAD_UNIT_BINS); do echo "unit: $$t"; $$t; done
	WEFT=$(abspath $(BIN)) bash tests/run.sh --timeout $(if $(filter release,$(BUILD)),30,120) tests/thread

test: all test-unit
	WEFT=$(abspath $(BIN)) bash tests/run.sh

bench: weft
	python3 bench/compare.py --weft ./weft

bench-threads: weft
	python3 bench/threads/run.py --weft ./weft

clean:
	rm -rf build weft

-include $(OBJS:.o=.d) $(UNIT_BINS:%=%.d)
