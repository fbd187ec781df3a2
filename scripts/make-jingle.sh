#!/usr/bin/env bash
# Makes samples/jingle.flac, the sample episode's music: a plucked C major arpeggio,
# synthesized with sox (no third-party audio). Stereo at 44.1 kHz on purpose: narrate
# mixes music of any rate and channel count down to its own.
set -euo pipefail
cd "$(dirname "$0")/.."
sox -n -r 44100 -c 2 samples/jingle.flac \
  synth 0.35 pluck C4 synth 0.35 pluck E4 : synth 0.35 pluck G4 : synth 0.35 pluck E4 : \
  synth 1.6 pluck C5 fade 0 3.0 1.0 gain -3
