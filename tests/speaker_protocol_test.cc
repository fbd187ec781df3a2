// The messages between narrate and narrate-speaker.
#include <doctest/doctest.h>

#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "render/speaker_protocol.h"
#include "util/error.h"

using namespace narrate;

TEST_CASE("a batch survives encoding, and a cut one is an error") {
  SpeakerBatch batch{.jobs = 3, .parts = {}};
  batch.parts.push_back(SpokenPart{.espeak_voice = "en-us", .espeak_name = "en-us+m3", .voice_id = "narrator",
                                   .label = "paragraph 1", .text = "Hello, “world” — ünïcode.", .rate = 165,
                                   .pitch = 45, .range = 45, .volume = 100, .word_gap = 0});
  batch.parts.push_back(SpokenPart{.espeak_voice = "en-gb", .espeak_name = "en-gb", .voice_id = "male-1",
                                   .label = "quote", .text = std::string(3000, 'x'), .rate = -1, .pitch = 99,
                                   .range = 0, .volume = 7, .word_gap = 12});
  const std::string bytes = encode_batch(batch);
  const SpeakerBatch back = decode_batch(bytes);
  CHECK(back.jobs == 3);
  REQUIRE(back.parts.size() == 2);
  CHECK(back.parts[0].text == batch.parts[0].text);
  CHECK(back.parts[0].espeak_name == "en-us+m3");
  CHECK(back.parts[1].text.size() == 3000);
  CHECK(back.parts[1].rate == -1);
  CHECK(back.parts[1].word_gap == 12);
  CHECK(back.parts[1].label == "quote");
  for (const size_t cut : {size_t{0}, size_t{5}, bytes.size() / 2, bytes.size() - 1}) {
    CAPTURE(cut);
    CHECK_THROWS_AS(decode_batch(std::string_view(bytes).substr(0, cut)), Error);
  }
  CHECK_THROWS_AS(decode_batch(bytes + "x"), Error);

  uint64_t offset = 0;
  uint64_t size = 0;
  decode_result(encode_result(1ull << 40, 12345), offset, size);
  CHECK(offset == 1ull << 40);
  CHECK(size == 12345);
  CHECK_THROWS_AS(decode_result("short", offset, size), Error);
}

TEST_CASE("messages cross a socket whole, and a closed one ends the conversation") {
  int pair[2];
  REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, pair) == 0);
  const std::string big(200'000, 'b');  // more than a socket buffer holds at once
  const pid_t writer = fork();
  if (writer == 0) {
    const bool ok = send_message(pair[1], 'R', "first") && send_message(pair[1], 'D') && send_message(pair[1], 'B', big);
    _exit(ok ? 0 : 1);
  }
  close(pair[1]);
  const auto first = receive_message(pair[0]);
  REQUIRE(first);
  CHECK(first->tag == 'R');
  CHECK(first->payload == "first");
  const auto empty = receive_message(pair[0]);
  REQUIRE(empty);
  CHECK(empty->tag == 'D');
  CHECK(empty->payload.empty());
  const auto large = receive_message(pair[0]);
  REQUIRE(large);
  CHECK(large->payload == big);
  CHECK_FALSE(receive_message(pair[0]));  // the writer is gone
  CHECK_FALSE(send_message(pair[0], 'A'));  // and writing to it fails without SIGPIPE
  close(pair[0]);
  int status = 0;
  REQUIRE(waitpid(writer, &status, 0) == writer);
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
}

TEST_CASE("a message no side sends is an error, not a wait for gigabytes") {
  for (const std::string& header : {std::string("R\xff\xff\xff\xff", 5), std::string("Z\x00\x00\x00\x00", 5),
                                    std::string("A\x01\x00\x00\x00x", 6)}) {
    int pair[2];
    REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, pair) == 0);
    REQUIRE(write(pair[1], header.data(), header.size()) == static_cast<ssize_t>(header.size()));
    CHECK_THROWS_WITH_AS(receive_message(pair[0]), "narrate-speaker: a malformed message", Error);
    close(pair[0]);
    close(pair[1]);
  }
  CHECK(speaker_greeting("espeak-ng 1.51") != speaker_greeting("espeak-ng 1.52"));
}
