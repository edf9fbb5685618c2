# Leerwerkplaats — `make run` and `make test` work on a fresh Debian 12 machine.
# Both install missing Debian packages first (apt-get; sudo only when not root).
# Every build is a preset of CMakePresets.json (dev, release, ci, asan, fuzz, bench): this file only
# names them, so `cmake --preset X` by hand builds exactly what make builds.

BUILD_DIR := build
JOBS      ?= 2
PACKAGES  := build-essential cmake ninja-build pkg-config ccache libimgui-dev libglfw3-dev liblua5.4-dev \
             libcereal-dev doctest-dev libstb-dev fonts-dejavu-core xvfb xauth \
             clang libclang-rt-14-dev librsvg2-bin desktop-file-utils appstream lintian chromium \
             libcurl4-openssl-dev libssl-dev rapidjson-dev \
             libcpp-httplib-dev libqrencode-dev libzxing-dev gettext python3
SUDO      := $(shell [ "$$(id -u)" = "0" ] || echo sudo)
STAMP     := $(BUILD_DIR)/.deps-installed

.PHONY: all deps build run test bench screenshots clean test-asan fuzz crashtest deb lintian test-install test-counts

all: build

# Install only when a package is missing, so repeated runs stay fast and offline-friendly. The
# check runs again whenever this file changes (a package added to PACKAGES gets installed).
deps: $(STAMP)
$(STAMP): Makefile
	@missing=$$(for p in $(PACKAGES); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:" $$missing; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -q && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing; \
	fi
	@mkdir -p $(BUILD_DIR) && touch $(STAMP)

$(BUILD_DIR)/build.ninja: CMakeLists.txt CMakePresets.json | deps
	cmake --preset dev

build: deps $(BUILD_DIR)/build.ninja
	cmake --build --preset dev -j$(JOBS)

# Opens the app with the bundled scenarios. Without a display, it runs under Xvfb and says so.
run: build
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
	  ./$(BUILD_DIR)/leerwerkplaats --scenarios scenarios; \
	else \
	  echo "No display found: starting under Xvfb (use --screenshot to see it)."; \
	  xvfb-run -a -s "-screen 0 1280x800x24" ./$(BUILD_DIR)/leerwerkplaats --scenarios scenarios; \
	fi

# tests/lrs/setup.sh: the loopback LRS for the xAPI tests (npm ci of tests/lrs/package-lock.json).
test: build
	./tests/lrs/setup.sh
	cd $(BUILD_DIR) && xvfb-run -a -s "-screen 0 1280x800x24" ctest --output-on-failure -j$(JOBS)

# The whole suite built with AddressSanitizer + UndefinedBehaviorSanitizer (own build dir), leaks
# included. The tests that open a real window (the real-window test, and the stemkamer CLI test
# whose child program draws the projector) run on their own with Mesa's GL driver preloaded: the driver is
# dlclose()d at exit and LeakSanitizer would report its still-referenced memory as "<unknown
# module>" leaks; pinned, the run is clean. tests/lsan.supp names system GL/X11 libraries only.
# The install test is left out here: it opens the installed window without that pin (Mesa's
# leaks would show), and it runs in the release build in `make test-install`.
ASAN_DIR    := build-asan
SAN_ENV     := ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1 \
               UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
               LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0
WINDOW_TESTS  := real window|stemkamer CLI
WINDOW_FILTER := *real window*,*stemkamer CLI*
TEST_BINARIES := lwp_core_tests lwp_scripting_tests lwp_ui_tests
GL_DRIVER    = $(firstword $(wildcard /usr/lib/*/dri/swrast_dri.so))
# The real-window tests load Mesa into the sanitized binary: ASan's runtime first, the GL driver preloaded.
ASAN_PRELOAD = $(shell $(CXX) -print-file-name=libasan.so) $(GL_DRIVER)
test-asan: deps
	cmake --preset asan
	$(SAN_ENV) cmake --build --preset asan -j$(JOBS)
	cd $(ASAN_DIR) && $(SAN_ENV) xvfb-run -a -s "-screen 0 1280x800x24" \
	  ctest --output-on-failure -j$(JOBS) -E '$(WINDOW_TESTS)' -LE '^install$$'
	cd $(ASAN_DIR) && $(SAN_ENV) xvfb-run -a -s "-screen 0 1280x800x24" sh -c 'status=0; total=0; \
	  for t in $(TEST_BINARIES); do \
	    n=$$(LD_PRELOAD="$(ASAN_PRELOAD)" ./$$t --list-test-cases --test-case="$(WINDOW_FILTER)" | sed -n "s/.*passing the current filters: //p"); \
	    [ "$$n" -gt 0 ] || continue; total=$$((total + n)); \
	    LD_PRELOAD="$(ASAN_PRELOAD)" ./$$t --test-case="$(WINDOW_FILTER)" > window-test.log 2>&1 || status=1; cat window-test.log; \
	    grep -Eq "test cases: +$$n \| +$$n passed" window-test.log || status=1; \
	  done; [ $$status -eq 0 ] && [ $$total -ge 3 ]'

# Crash-safe saves on their own, with more kills: make crashtest CRASH_KILLS=5000
CRASH_KILLS ?= 2000
crashtest: build
	./$(BUILD_DIR)/lwp_crash_saver harness --kills $(CRASH_KILLS)
	./$(BUILD_DIR)/lwp_crash_saver harness --disk --kills 200 --max-delay-ms 80

# libFuzzer targets (clang, with ASan/UBSan) for the scenario loader and the session loader,
# each run for FUZZ_SECONDS; prints executions and exec/s; fails on any finding.
FUZZ_DIR     := build-fuzz
FUZZ_SECONDS ?= 60
fuzz: deps
	cmake --preset fuzz
	cmake --build --preset fuzz -j$(JOBS)
	./tests/fuzz/run.sh $(FUZZ_DIR) $(FUZZ_SECONDS)

# Performance figures (issue 10), printed as a Markdown table (README "Performance"): about a
# minute on 2 cores once built, 30 s of it the idle measurement. Own build dir; RelWithDebInfo (-O2)
# like the dev build, so the figures compare with earlier ones.
BENCH_DIR := build-bench
bench: deps
	cmake --preset bench
	cmake --build --preset bench -j$(JOBS)
	xvfb-run -a -s "-screen 0 1280x800x24" ./$(BENCH_DIR)/lwp_bench ./$(BENCH_DIR)/leerwerkplaats ./$(BENCH_DIR)/lwp_bare_window scenarios
	xvfb-run -a -s "-screen 0 1280x800x24" python3 bench/stemkamer_joins.py $(BENCH_DIR) 5  # issue 18: 12 phones at once

screenshots: build
	./tools/screenshots.sh $(BUILD_DIR)

# The Debian package: the release preset (Release, installs to /usr, no source paths in the binary),
# CPack DEB with Depends from dpkg-shlibdeps. Install it with: apt install ./build-deb/*.deb
DEB_DIR := build-deb
deb: deps
	cmake --preset release
	cmake --build --preset release -j$(JOBS)
	cpack --preset deb
	@ls -l $(DEB_DIR)/*.deb

# lintian on the package; the README ("Debian package") explains every finding that stays.
lintian: deb
	lintian --info --display-info $(DEB_DIR)/*.deb

# CI's release build: the release preset with warnings as errors, then the install test (installs
# into a temporary DESTDIR and runs the installed program from elsewhere; tests/install_test.sh).
CI_DIR := build-ci
test-install: deps
	cmake --preset ci
	cmake --build --preset ci -j$(JOBS)
	cd $(CI_DIR) && xvfb-run -a -s "-screen 0 1280x800x24" ctest --output-on-failure -L install

# How many tests there are, counted from the build (the README states no typed number).
test-counts: build
	./tools/test-counts.sh $(BUILD_DIR)

clean:
	rm -rf $(BUILD_DIR)
