# A thin wrapper around CMake: the two Quick start commands of the README.
#   make sample   install what is missing, build the program (not the tests), narrate the sample
#   make test     install what is missing, build everything, run the whole test suite
#   make episode  build the sample podcast episode and its feed into out/
#   make install PREFIX=DIR  install narrate (DESTDIR honoured; default PREFIX /usr/local)
#   make test-asan  the test suite under AddressSanitizer and UBSan
BUILD ?= build
JOBS ?= $(shell nproc)
SAMPLE ?= samples/putin-north-korea.txt
OUT ?= out
PREFIX ?= /usr/local

.PHONY: sample episode test test-asan build program configure install deps bench clean

sample: program
	$(BUILD)/narrate render $(SAMPLE) -o $(OUT)/$(basename $(notdir $(SAMPLE))).wav

episode: program
	$(BUILD)/narrate episode samples/episode.toml -o $(OUT)/episode.mp3 --feed $(OUT)/feed.xml

test: build
	ctest --test-dir $(BUILD) -j $(JOBS) --output-on-failure

# The whole suite again under AddressSanitizer and UndefinedBehaviorSanitizer, with
# eSpeak NG linked as the shared library (the way distributions without the static
# archive link it), so that both ways are tested.
test-asan: deps
	cmake -S . -B $(BUILD)-asan -DNARRATE_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug -DNARRATE_ESPEAK_LINK=SHARED
	cmake --build $(BUILD)-asan -j $(JOBS)
	ctest --test-dir $(BUILD)-asan -j $(JOBS) --output-on-failure

configure: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release

# narrate and its speech helper only: what `sample`, `episode` and `install` need.
program: configure
	cmake --build $(BUILD) -j $(JOBS) --target narrate narrate-speaker

# Everything, the tests included.
build: configure
	cmake --build $(BUILD) -j $(JOBS)

install: program
	cmake --install $(BUILD) --prefix $(PREFIX)

deps:
	@scripts/install-deps.sh

bench: build
	bench/render-vs-espeak.sh
	bench/preview-vs-espeak.sh

clean:
	rm -rf $(BUILD) $(OUT)
