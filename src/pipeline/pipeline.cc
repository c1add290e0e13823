#include "pipeline/pipeline.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>

#include "text/text.h"

namespace casus::pipeline {
namespace {

// A blocking queue with a capacity, so a fast reader cannot run ahead of the
// workers and fill memory.
template <typename T>
class BoundedQueue {
 public:
  explicit BoundedQueue(std::size_t capacity) : capacity_(capacity) {}

  // Blocks while full; returns false if the queue was closed.
  bool Push(T item) {
    std::unique_lock lock(mu_);
    not_full_.wait(lock, [&] { return items_.size() < capacity_ || closed_; });
    if (closed_) return false;
    items_.push_back(std::move(item));
    not_empty_.notify_one();
    return true;
  }
  // Blocks while empty; nullopt once closed and drained.
  std::optional<T> Pop() {
    std::unique_lock lock(mu_);
    not_empty_.wait(lock, [&] { return !items_.empty() || closed_; });
    if (items_.empty()) return std::nullopt;
    T item = std::move(items_.front());
    items_.pop_front();
    not_full_.notify_one();
    return item;
  }
  void Close() {
    std::lock_guard lock(mu_);
    closed_ = true;
    not_empty_.notify_all();
    not_full_.notify_all();
  }

 private:
  std::mutex mu_;
  std::condition_variable not_empty_, not_full_;
  std::deque<T> items_;
  std::size_t capacity_;
  bool closed_ = false;
};

// Results arrive from workers in any order; the writer takes them in input order.
class Reorderer {
 public:
  void Put(std::uint64_t seq, ProcessedDocument doc) {
    std::lock_guard lock(mu_);
    ready_.emplace(seq, std::move(doc));
    cv_.notify_all();
  }
  void SetTotal(std::uint64_t total) {
    std::lock_guard lock(mu_);
    total_ = total;
    cv_.notify_all();
  }
  // The next document in order, or nullopt when all have been taken.
  std::optional<ProcessedDocument> Next() {
    std::unique_lock lock(mu_);
    cv_.wait(lock, [&] { return ready_.count(next_) > 0 || (total_ && next_ >= *total_); });
    auto it = ready_.find(next_);
    if (it == ready_.end()) return std::nullopt;
    ProcessedDocument doc = std::move(it->second);
    ready_.erase(it);
    ++next_;
    return doc;
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  std::unordered_map<std::uint64_t, ProcessedDocument> ready_;
  std::uint64_t next_ = 0;
  std::optional<std::uint64_t> total_;
};

struct Job {
  std::uint64_t seq;
  ingest::RawDocument doc;
};

// "skipped: truncated: file: ..." -> "truncated".
std::string SkipReason(const std::string& status) {
  std::string_view s(status);
  s.remove_prefix(std::min<std::size_t>(s.size(), 9));  // "skipped: "
  return std::string(s.substr(0, s.find(':')));
}

void Tally(const ProcessedDocument& p, Summary& sum) {
  const store::DocumentRecord& d = p.record;
  sum.sentences += d.sentences.size();
  sum.slow_sentences += p.slow_sentences;
  sum.mentions += d.mentions.size();
  sum.events += d.events.size();
  for (const code::Event& e : d.events) {
    ++sum.events_by_type[e.plover.empty() ? e.cameo : e.plover];
    ++sum.dyads[(e.source.code.empty() ? "---" : e.source.code) + " -> " +
                (e.target.code.empty() ? "---" : e.target.code)];
    ++sum.events_by_outlet[d.outlet.empty() ? "(unknown)" : d.outlet];
  }
}

}  // namespace

ProcessedDocument ProcessDocument(ingest::RawDocument&& raw, const code::Coder& coder) {
  ProcessedDocument out;
  store::DocumentRecord& d = out.record;
  d.id = raw.id;
  d.path = raw.path;
  d.record = raw.record;
  d.url = raw.url;
  d.title = raw.title;
  d.date = raw.date;
  d.outlet = raw.outlet;
  d.content_hash = store::ContentHash(raw.id, raw.url, raw.content);
  Result<text::Article> article = raw.error ? Result<text::Article>(*raw.error) : text::ExtractArticle(raw);
  if (!article.ok()) {
    d.status = "skipped: " + article.error().ToString();
    return out;
  }
  text::Article& a = article.value();
  d.status = "ok";
  d.title = std::move(a.title);
  d.date = std::move(a.date);
  d.outlet = std::move(a.outlet);
  d.text = std::move(a.text);
  const std::vector<text::Sentence> sentences = text::Segment(d.text, a.paragraphs);
  for (const text::Sentence& s : sentences) d.sentences.push_back({s.begin, s.end});
  for (code::SentenceAnalysis& an : coder.CodeArticle({d.id, d.date}, d.text, sentences)) {
    out.slow_sentences += an.over_budget ? 1 : 0;
    for (const lexicon::ActorMention& m : an.actors.actors) {
      if (m.code.empty() || m.token_end == 0 || m.token_end > an.words.size()) continue;
      const std::uint32_t begin = an.word_offsets[m.token_begin];
      const std::uint32_t end =
          an.word_offsets[m.token_end - 1] + static_cast<std::uint32_t>(an.words[m.token_end - 1].size());
      d.mentions.push_back({an.index, begin, end, {m.text, m.code, m.country, m.sector}});
    }
    for (code::Event& e : an.events) d.events.push_back(std::move(e));
  }
  return out;
}

Result<Summary> Run(const std::vector<std::string>& inputs, const Options& options,
                    const ingest::WarningSink& warn, const std::function<void(const Summary&)>& progress) {
  std::vector<std::string> coder_warnings;
  auto coder = code::Coder::Create(options.coder, &coder_warnings);
  if (!coder.ok()) return coder.error();
  if (warn) {
    for (const std::string& w : coder_warnings) warn(w);
  }
  auto opened = store::OpenSink(options.out);
  if (!opened.ok()) return opened.error();
  std::unique_ptr<store::EventSink> sink = std::move(opened.value());

  const int threads = options.threads > 0 ? options.threads
                                          : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  BoundedQueue<Job> jobs(static_cast<std::size_t>(threads) * 4);
  Reorderer results;

  std::thread reader([&] {
    ingest::Reader r(options.ingest, warn);
    std::uint64_t seq = 0;
    r.Read(inputs, [&](ingest::RawDocument&& doc) {
      if (!jobs.Push(Job{seq, std::move(doc)})) return;
      ++seq;
    });
    results.SetTotal(seq);
    jobs.Close();
  });
  std::vector<std::thread> workers;
  for (int i = 0; i < threads; ++i) {
    workers.emplace_back([&] {
      while (std::optional<Job> job = jobs.Pop()) {
        results.Put(job->seq, ProcessDocument(std::move(job->doc), *coder.value()));
      }
    });
  }

  Summary sum;
  std::optional<Error> failure;
  while (std::optional<ProcessedDocument> doc = results.Next()) {
    ++sum.documents;
    if (doc->record.status == "ok") {
      ++sum.ok;
    } else {
      ++sum.skipped;
      ++sum.skip_reasons[SkipReason(doc->record.status)];
    }
    if (!failure) {
      Result<store::WriteOutcome> w = sink->Write(doc->record);
      if (!w.ok()) {
        failure = w.error();
        jobs.Close();  // stop reading; drain what is in flight without writing it
      } else if (w.value() == store::WriteOutcome::kAlreadyStored) {
        ++sum.already_stored;
      } else {
        Tally(*doc, sum);
      }
    }
    if (progress) progress(sum);
  }
  reader.join();
  for (std::thread& t : workers) t.join();
  if (failure) return *failure;
  if (Status s = sink->Close(); !s.ok()) return s.error();
  return sum;
}

}  // namespace casus::pipeline
