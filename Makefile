# A thin wrapper around CMake: the two Quick start commands of the README.
#   make sample   install what is missing, build a release binary, narrate the sample
#   make test     install what is missing, build, run the whole test suite
#   make episode  build the sample podcast episode and its feed into out/
#   make test-asan  the test suite under AddressSanitizer and UBSan
BUILD ?= build
JOBS ?= $(shell nproc)
SAMPLE ?= samples/putin-north-korea.txt
OUT ?= out

.PHONY: sample episode test test-asan build deps bench clean

sample: build
	@mkdir -p $(OUT)
	$(BUILD)/narrate render $(SAMPLE) -o $(OUT)/$(basename $(notdir $(SAMPLE))).wav

episode: build
	@mkdir -p $(OUT)
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

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release
	cmake --build $(BUILD) -j $(JOBS)

deps:
	@scripts/install-deps.sh

bench: build
	bench/render-vs-espeak.sh
	bench/preview-vs-espeak.sh

clean:
	rm -rf $(BUILD) $(OUT)
