#include "commands/studio_command.h"

#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <iostream>
#include <thread>

#include "commands/audio_options.h"
#include "commands/voice_options.h"
#include "studio/studio_server.h"

namespace narrate {
namespace {

// SIGINT, SIGTERM and SIGHUP, blocked in every thread and taken by one that stops the
// server: requests under way finish, the session's scratch folder is removed, and then
// the signal ends the process as it would have.
class StopOnSignal {
 public:
  StopOnSignal() {
    sigemptyset(&signals_);
    for (const int s : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&signals_, s);
    pthread_sigmask(SIG_BLOCK, &signals_, &previous_);
  }
  ~StopOnSignal() {
    finish();
    pthread_sigmask(SIG_SETMASK, &previous_, nullptr);
  }
  // Stops `server` when a signal comes (until finish()).
  void watch(StudioServer& server) {
    watcher_ = std::thread([this, &server] {
      int taken = 0;
      sigwait(&signals_, &taken);
      if (finishing_) return;
      taken_ = taken;
      server.stop();
    });
  }
  // Ends the watch, before the server it stops goes away.
  void finish() {
    if (!watcher_.joinable()) return;
    finishing_ = true;
    pthread_kill(watcher_.native_handle(), SIGHUP);  // wakes it, whether or not a signal came
    watcher_.join();
  }
  // The signal that stopped the server, 0 when none did.
  int taken() const { return taken_; }

 private:
  sigset_t signals_{};
  sigset_t previous_{};
  std::atomic<int> taken_ = 0;
  std::atomic<bool> finishing_ = false;
  std::thread watcher_;
};

void run_studio(const StudioOptions& options) {
  int stopped_by = 0;
  {
    StopOnSignal stopping;  // before any thread or worker starts, so all of them inherit it
    StudioSession session(options.article.article.empty() ? "." : options.article.article, options.article, options.audio);
    StudioServer server(session, random_token());
    const int port = server.bind("127.0.0.1", options.port);
    std::cout << "narrate studio: http://127.0.0.1:" << port << "/?token=" << server.token() << std::endl;
    if (!options.audio.quiet) {
      std::cerr << "narrate: serving " << session.articles().size()
                << (session.articles().size() == 1 ? " article" : " articles") << " on this machine only; Ctrl-C stops it\n";
    }
    stopping.watch(server);
    try {
      server.run();
    } catch (const Error&) {
      stopping.finish();                 // while the server it would stop is still here
      if (stopping.taken() == 0) throw;  // a signal before it listened: not a failure
    }
    stopping.finish();
    stopped_by = stopping.taken();
  }
  if (stopped_by != 0) {
    signal(stopped_by, SIG_DFL);
    raise(stopped_by);
  }
}

}  // namespace

void set_studio_command(CLI::App& app, StudioOptions& options) {
  CLI::App* studio = app.add_subcommand("studio", "A local web page to see who speaks, fix it and hear it");
  studio->add_option("article", options.article.article,
                     "An article (text, Markdown, web page) or a folder of them (default: the current folder)");
  add_voice_options(*studio, options.article.voices_dir, options.article.narrator);
  studio->add_flag("--keep-boilerplate", options.article.keep_boilerplate, "Also read what is skipped by default");
  add_format_flags(*studio, options.article);
  studio->add_option("--port", options.port, "Port on 127.0.0.1 (0: any free one)")
      ->capture_default_str()
      ->check(CLI::Range(0, 65535));
  add_audio_options(*studio, options.audio);
  studio->callback([&options] { run_studio(options); });
}

}  // namespace narrate
