// The whole job of `casus code`: ingest -> text -> lexicon -> code -> store, as one
// stream over a corpus, on several threads, with every input accounted for.
//
// Not a stage of its own: it only connects the stages' public headers in the
// order data flows. The reader runs on one thread, documents are processed on
// `threads` workers, and results are written in input order by the calling
// thread (SQLite has one writer). Memory stays bounded: at most a few documents
// per worker are in flight. Thread-safety: Run() may be called from one thread at
// a time per output.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "base/result.h"
#include "code/code.h"
#include "ingest/ingest.h"
#include "store/store.h"

namespace casus::pipeline {

struct Options {
  ingest::Options ingest;
  code::CoderOptions coder;
  int threads = 0;               // 0: one per hardware thread
  std::string out = "casus.db";  // see store::OpenSink
};

// What a run did. Events are counted as written.
struct Summary {
  std::uint64_t documents = 0;       // every input record
  std::uint64_t ok = 0;
  std::uint64_t skipped = 0;         // could not be read or had no article text
  std::uint64_t already_stored = 0;  // found in the database from an earlier run
  std::uint64_t sentences = 0;
  std::uint64_t slow_sentences = 0;  // over the coder's time budget: reported, not coded
  std::uint64_t mentions = 0;
  std::uint64_t events = 0;
  std::map<std::string, std::uint64_t> skip_reasons;    // "truncated" -> n
  std::map<std::string, std::uint64_t> events_by_type;  // PLOVER type -> n
  std::map<std::string, std::uint64_t> dyads;           // "RUSGOV -> USAGOV" -> n
  std::map<std::string, std::uint64_t> events_by_outlet;
};

// One processed document: the record to store, and what the run reports about it.
struct ProcessedDocument {
  store::DocumentRecord record;
  std::uint32_t slow_sentences = 0;  // sentences over the coder's time budget (not coded)
};

// Processes one raw document through text, lexicon and code into a record ready
// to store (status "skipped: ..." when it has no usable text). Thread-safe.
ProcessedDocument ProcessDocument(ingest::RawDocument&& doc, const code::Coder& coder);

// Runs the pipeline over `inputs`. Per-document problems go to `warn` and into the
// summary; only a start-up failure (a user dictionary that cannot be read) or a
// failure of the output (cannot open, locked, disk full) ends the
// run early, as an Error — what was committed before it stays. `progress` (may be
// null) is called from the calling thread after each document.
Result<Summary> Run(const std::vector<std::string>& inputs, const Options& options,
                    const ingest::WarningSink& warn, const std::function<void(const Summary&)>& progress);

}  // namespace casus::pipeline
