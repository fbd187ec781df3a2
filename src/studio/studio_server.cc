#include "studio/studio_server.h"

#include <sys/random.h>

#include <cstdio>

#include <httplib.h>

#include "audio/audio_format.h"
#include "studio/assets.h"
#include "util/strings.h"

namespace narrate {
namespace {

using Json = nlohmann::ordered_json;

// Equal without saying where they differ (the time taken does not leak the token).
bool same_secret(const std::string& given, const std::string& token) {
  if (given.size() != token.size()) return false;
  unsigned char difference = 0;
  for (size_t i = 0; i < token.size(); ++i) difference |= static_cast<unsigned char>(given[i] ^ token[i]);
  return difference == 0;
}

// A Host header naming the loopback interface ("127.0.0.1:PORT", "localhost:PORT", "[::1]:PORT").
bool loopback_host(const std::string& host) {
  const size_t colon = host.rfind(':');
  const std::string name = colon == std::string::npos || host.back() == ']' ? host : host.substr(0, colon);
  return name == "127.0.0.1" || name == "localhost" || name == "[::1]";
}

std::string_view content_type_of(std::string_view name) {
  if (name.ends_with(".html")) return "text/html; charset=utf-8";
  if (name.ends_with(".js")) return "text/javascript; charset=utf-8";
  if (name.ends_with(".css")) return "text/css; charset=utf-8";
  if (name.ends_with(".svg")) return "image/svg+xml";
  return "application/octet-stream";
}

void send_json(httplib::Response& response, const Json& document, int status = 200) {
  response.status = status;
  response.set_content(document.dump(), "application/json");
}

void send_audio(httplib::Response& response, const StudioAudio& audio, bool download) {
  char seconds[32];
  std::snprintf(seconds, sizeof seconds, "%.6f", audio.seconds);
  response.set_header("X-Narrate-Seconds", seconds);
  if (download) response.set_header("Content-Disposition", "attachment; filename=\"" + audio.file_name + "\"");
  response.set_content(audio.bytes, audio.media_type.c_str());
}

// The body of a POST as a JSON object.
Json body_of(const httplib::Request& request) {
  Json body = Json::parse(request.body, nullptr, false);
  if (body.is_discarded() || !body.is_object()) throw StudioError(400, "the request's body must be a JSON object");
  return body;
}

// body[key] as text: a string, or "" for null or absent.
std::string text_field(const Json& body, const char* key) {
  const auto at = body.find(key);
  if (at == body.end() || at->is_null()) return "";
  if (!at->is_string()) throw StudioError(400, std::string("'") + key + "' must be a string or null");
  return at->get<std::string>();
}

std::optional<size_t> number_parameter(const httplib::Request& request, const char* key) {
  if (!request.has_param(key)) return std::nullopt;
  const std::optional<uint64_t> value = parse_whole_number(request.get_param_value(key), 9);
  if (!value) throw StudioError(400, std::string(key) + " must be a whole number");
  return static_cast<size_t>(*value);
}

}  // namespace

struct StudioServer::Impl {
  StudioSession& session;
  std::string token;
  httplib::Server server;

  // Runs `handle`, answering a StudioError or Error with its status and message as JSON.
  template <typename Handle>
  httplib::Server::Handler guarded(Handle handle) {
    return [handle](const httplib::Request& request, httplib::Response& response) {
      try {
        handle(request, response);
      } catch (const StudioError& e) {
        send_json(response, {{"error", e.what()}}, e.status());
      } catch (const Error& e) {
        send_json(response, {{"error", e.what()}}, 400);
      } catch (const std::exception& e) {
        send_json(response, {{"error", e.what()}}, 500);
      }
    };
  }

  void routes() {
    server.set_payload_max_length(kMaxRequestBytes);
    server.set_pre_routing_handler([this](const httplib::Request& request, httplib::Response& response) {
      const std::string given =
          request.has_param("token") ? request.get_param_value("token") : request.get_header_value("X-Narrate-Token");
      if (!same_secret(given, token) || !loopback_host(request.get_header_value("Host"))) {
        send_json(response, {{"error", "forbidden: this studio wants the address it printed, with its token"}}, 403);
        return httplib::Server::HandlerResponse::Handled;
      }
      response.set_header("Cache-Control", "no-store");
      response.set_header("X-Content-Type-Options", "nosniff");
      response.set_header("Content-Security-Policy", "default-src 'self'; media-src 'self' blob:; img-src 'self' data:");
      return httplib::Server::HandlerResponse::Unhandled;
    });
    const auto asset = [this](const std::string& name) {
      return guarded([this, name](const httplib::Request&, httplib::Response& response) {
        std::string_view bytes;
        if (!find_studio_asset(name, bytes)) throw StudioError(404, "no " + name);
        std::string content(bytes);
        if (name == "index.html") {
          for (size_t at = content.find("__TOKEN__"); at != std::string::npos; at = content.find("__TOKEN__", at)) {
            content.replace(at, 9, token);
          }
        }
        response.set_content(content, std::string(content_type_of(name)).c_str());
      });
    };
    server.Get("/", asset("index.html"));
    server.Get("/studio.js", asset("studio.js"));
    server.Get("/studio.css", asset("studio.css"));
    const auto article_of = [](const httplib::Request& request) {
      return request.has_param("article") ? request.get_param_value("article") : std::string();
    };
    server.Get("/api/articles", guarded([this](const httplib::Request&, httplib::Response& response) {
      send_json(response, {{"articles", session.articles()}, {"current", session.default_article()}});
    }));
    server.Get("/api/article", guarded([this, article_of](const httplib::Request& request, httplib::Response& response) {
      send_json(response, session.article(article_of(request)));
    }));
    server.Get("/api/audio", guarded([this, article_of](const httplib::Request& request, httplib::Response& response) {
      StudioSelection selection;
      selection.paragraph = number_parameter(request, "paragraph");
      selection.quote = number_parameter(request, "quote");
      selection.all = request.has_param("all");
      selection.text = request.get_param_value("text");
      selection.voice = request.get_param_value("voice");
      if (selection.text.size() > 2000) throw StudioError(413, "text to hear is limited to 2000 bytes");
      send_audio(response, session.audio(article_of(request), selection), false);
    }));
    server.Get("/api/timeline", guarded([this, article_of](const httplib::Request& request, httplib::Response& response) {
      send_json(response, session.timeline(article_of(request)));
    }));
    server.Get("/api/export", guarded([this, article_of](const httplib::Request& request, httplib::Response& response) {
      const std::string format = request.has_param("format") ? request.get_param_value("format") : "wav";
      AudioFormat chosen;
      try {
        chosen = format_from_name(format);
      } catch (const Error& e) {
        throw StudioError(400, e.what());
      }
      send_audio(response, session.export_audio(article_of(request), chosen), true);
    }));
    server.Post("/api/cast", guarded([this, article_of](const httplib::Request& request, httplib::Response& response) {
      const Json body = body_of(request);
      send_json(response, session.set_voice(article_of(request), text_field(body, "speaker"), text_field(body, "voice")));
    }));
    server.Post("/api/assign", guarded([this, article_of](const httplib::Request& request, httplib::Response& response) {
      const Json body = body_of(request);
      const auto quote = body.find("quote");
      if (quote == body.end() || !quote->is_number_unsigned()) throw StudioError(400, "'quote' must be a quote number from 1");
      send_json(response, session.assign_quote(article_of(request), quote->get<size_t>(), text_field(body, "speaker")));
    }));
    server.Post("/api/lexicon", guarded([this, article_of](const httplib::Request& request, httplib::Response& response) {
      const Json body = body_of(request);
      send_json(response,
                session.set_pronunciation(article_of(request), text_field(body, "word"), text_field(body, "pronunciation")));
    }));
  }
};

StudioServer::StudioServer(StudioSession& session, std::string token)
    : impl_(new Impl{session, std::move(token), {}}) {
  impl_->routes();
}

StudioServer::~StudioServer() = default;

int StudioServer::bind(const std::string& host, int port) {
  const int bound = port == 0 ? impl_->server.bind_to_any_port(host) : (impl_->server.bind_to_port(host, port) ? port : -1);
  if (bound <= 0) throw Error("cannot listen on " + host + ":" + std::to_string(port) + " (in use, or not this machine's)");
  return bound;
}

void StudioServer::run() {
  if (!impl_->server.listen_after_bind()) throw Error("the studio's server stopped: it could not accept connections");
}

void StudioServer::stop() { impl_->server.stop(); }

const std::string& StudioServer::token() const { return impl_->token; }

std::string random_token() {
  unsigned char bytes[16];
  size_t got = 0;
  while (got < sizeof bytes) {
    const ssize_t n = getrandom(bytes + got, sizeof bytes - got, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw Error(system_error_message("cannot read", "the system's random numbers", errno));
    got += static_cast<size_t>(n);
  }
  static const char kDigits[] = "0123456789abcdef";
  std::string token;
  for (const unsigned char b : bytes) {
    token += kDigits[b >> 4];
    token += kDigits[b & 15];
  }
  return token;
}

}  // namespace narrate
