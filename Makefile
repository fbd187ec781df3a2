# A thin wrapper around CMake: the two Quick start commands of the README.
#   make sample   install what is missing, build the program (not the tests), narrate the sample
#   make test     install what is missing, build everything, run the whole test suite
#   make episode  build the sample podcast episode and its feed into out/
#   make install PREFIX=DIR  install narrate (DESTDIR honoured; default PREFIX /usr/local)
#   make test-asan  the test suite under AddressSanitizer and UBSan
#   make test-browser  the studio page in headless Chromium (installs chromium, node and puppeteer-core)
#   make train-attribution  learn the speech verbs and the confidence model from PolNeAR train
#   make cv-attribution     5-fold cross-validation on PolNeAR train, beside polnear-dev
BUILD ?= build
JOBS ?= $(shell nproc)
SAMPLE ?= samples/putin-north-korea.txt
OUT ?= out
PREFIX ?= /usr/local

.PHONY: sample episode test test-asan test-browser build program configure install deps bench clean train-attribution cv-attribution

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

# The studio page driven in Debian's headless Chromium by puppeteer-core (tests/browser/):
# quotes in their speakers' colours, a quote given away, a paragraph heard, a lexicon
# entry, all kept across a reload; the screenshot lands in $(OUT)/browser/studio.png.
test-browser: program
	@scripts/install-deps.sh chromium $$(command -v npm >/dev/null || echo nodejs npm)
	cd tests/browser && { [ -d node_modules/puppeteer-core ] || npm ci --no-audit --no-fund --loglevel=error; }
	tests/browser/run.sh $(BUILD)/narrate $(SAMPLE) $(OUT)/browser

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

# Attribution learned from ../shared/corpora/polnear-train (not needed to build: the
# results are data files in data/). The model reads the evidence the built narrate gives,
# so narrate is rebuilt with the new lexicon before it is trained, and again after.
train-attribution: program
	python3 scripts/make-speech-verbs.py
	cmake --build $(BUILD) -j $(JOBS) --target narrate
	python3 scripts/train-attribution.py --narrate $(BUILD)/narrate
	cmake --build $(BUILD) -j $(JOBS) --target narrate narrate-speaker

cv-attribution: program
	python3 scripts/cv-attribution.py --narrate $(BUILD)/narrate --baseline --train-model

bench: build
	bench/render-vs-espeak.sh
	bench/preview-vs-espeak.sh

clean:
	rm -rf $(BUILD) $(OUT)
