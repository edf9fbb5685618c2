# Leerwerkplaats — `make run` and `make test` work on a fresh Debian 12 machine.
# Both install missing Debian packages first (apt-get; sudo only when not root).

BUILD_DIR ?= build
JOBS      ?= 2
PACKAGES  := build-essential cmake ninja-build pkg-config ccache libimgui-dev libglfw3-dev liblua5.4-dev \
             libcereal-dev doctest-dev libstb-dev fonts-dejavu-core xvfb xauth
SUDO      := $(shell [ "$$(id -u)" = "0" ] || echo sudo)
STAMP     := $(BUILD_DIR)/.deps-installed

.PHONY: all deps build run test bench screenshots clean

all: build

# Install only when a package is missing, so repeated runs stay fast and offline-friendly.
deps: $(STAMP)
$(STAMP):
	@missing=$$(for p in $(PACKAGES); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:" $$missing; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -q && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing; \
	fi
	@mkdir -p $(BUILD_DIR) && touch $(STAMP)

$(BUILD_DIR)/build.ninja: CMakeLists.txt | deps
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo

build: deps $(BUILD_DIR)/build.ninja
	cmake --build $(BUILD_DIR) -j$(JOBS)

# Opens the app with the bundled scenarios. Without a display, it runs under Xvfb and says so.
run: build
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
	  ./$(BUILD_DIR)/leerwerkplaats --scenarios scenarios; \
	else \
	  echo "No display found: starting under Xvfb (use --screenshot to see it)."; \
	  xvfb-run -a -s "-screen 0 1280x800x24" ./$(BUILD_DIR)/leerwerkplaats --scenarios scenarios; \
	fi

test: build
	cd $(BUILD_DIR) && xvfb-run -a -s "-screen 0 1280x800x24" ctest --output-on-failure -j$(JOBS)

screenshots: build
	./tools/screenshots.sh $(BUILD_DIR)

clean:
	rm -rf $(BUILD_DIR)
