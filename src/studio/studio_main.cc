// narrate-studio: the program behind `narrate studio` (narrate runs it in its own place,
// with the same arguments). The studio is a program of its own so that narrate's other
// commands do not load the web server and the libraries it brings (TLS, compression):
// ~240 page faults and ~7 ms at every start.
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <iostream>
#include <thread>

#include "commands/command_line.h"
#include "commands/studio_command.h"
#include "studio/studio_server.h"
#include "util/error.h"

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
}  // namespace narrate

int main(int argc, char** argv) {
  narrate::prepare_process();
  CLI::App app{"narrate studio: a local web page to see who speaks, fix it and hear it.", "narrate"};
  app.require_subcommand(1);
  narrate::StudioOptions studio;
  narrate::set_studio_command(app, studio, [&studio] { narrate::run_studio(studio); });
  return narrate::run_command_line(app, argc, argv);
}
