#include "pipeline/extract_stream.hpp"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <condition_variable>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <thread>

#include "extract/extractor.hpp"
#include "extract/record.hpp"
#include "ingest/reader.hpp"

namespace accord {

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// CPU time of the calling thread: on a busy machine, wall time says more about
// the other work than about ours.
double thread_cpu_seconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Extraction of one article; a failure inside the extractor costs that article
// only, reported like a bad input.
Extracted process(Article&& a, const Lexicon& lex, bool records) {
    Extracted out;
    out.text_bytes = a.text.size();
    try {
        out.facts = extract_facts(a, lex);
        if (records) out.record = to_record(*out.facts);
    } catch (const std::exception& e) {
        out.facts.reset();
        out.skipped = Error(Location{a.source}, std::string("internal error while extracting: ") + e.what());
    }
    return out;
}

Extracted skipped(const Error& e) {
    Extracted out;
    out.skipped = e;
    return out;
}

// Inputs in flight at most: enough to keep every worker busy while one slow
// article holds up the order, few enough that memory stays flat.
constexpr std::size_t kWindowPerThread = 32;
constexpr std::size_t kWindowBytes = 64u << 20;

// Thrown into the reader to stop it when emitting failed on a worker.
struct Stop {};

}  // namespace

ExtractStats ExtractStream::run(const std::vector<std::string>& inputs, const std::function<void(Extracted&&)>& emit) {
    ExtractStats stats;
    unsigned n = threads ? threads : std::max(1u, std::thread::hardware_concurrency());
    auto last_progress = Clock::now();
    auto deliver = [&](Extracted&& e) {  // on one thread at a time
        if (e.facts) stats.articles++, stats.text_bytes += e.text_bytes;
        else stats.skipped++;
        if (e.skipped && records) e.record = skipped_record(*e.skipped);
        emit(std::move(e));
        if (progress && seconds_since(last_progress) > 0.2) {
            last_progress = Clock::now();
            progress(stats);
        }
    };

    if (n == 1) {
        double busy = 0;
        ReadSink sink;
        double cpu0 = thread_cpu_seconds();
        sink.article = [&](Article&& a) {
            double t = thread_cpu_seconds();
            deliver(process(std::move(a), lex_, records));
            busy += thread_cpu_seconds() - t;
        };
        sink.error = [&](const Error& e) { deliver(skipped(e)); };
        read_inputs(inputs, sink, part);
        stats.extract_seconds = busy;
        stats.read_seconds = thread_cpu_seconds() - cpu0 - busy;
        return stats;
    }

    struct Job {
        std::size_t seq;
        std::optional<Article> article;
        Extracted result;
    };
    std::mutex m;
    std::condition_variable work_ready, window_open;
    std::deque<Job> work;
    std::map<std::size_t, Extracted> done;
    std::size_t next_seq = 0, next_emit = 0, in_flight_bytes = 0;
    bool reading = true;
    std::exception_ptr failure;  // from emit, on a worker: rethrown on the calling thread
    std::map<std::size_t, std::size_t> bytes_of;  // seq -> text bytes, while in flight
    double extract_busy = 0;
    // Room in the window for an article of `bytes`. Once the window is full the
    // reader waits until half of it has drained (`resuming`): one wake-up for
    // many articles rather than one each (a wake-up is a few system calls).
    auto has_room = [&](std::size_t bytes, bool resuming) {
        const std::size_t count = next_seq - next_emit, limit = kWindowPerThread * n;
        return count == 0 || (count < (resuming ? limit / 2 : limit) && in_flight_bytes + bytes <= kWindowBytes);
    };
    std::optional<std::size_t> reader_waits_for;  // the bytes of the article the reader holds, while it waits

    auto finish = [&](std::size_t seq, Extracted&& r, std::unique_lock<std::mutex>& lock) {
        done.emplace(seq, std::move(r));
        while (!done.empty() && done.begin()->first == next_emit) {
            auto node = done.extract(done.begin());
            in_flight_bytes -= bytes_of[next_emit];
            bytes_of.erase(next_emit);
            ++next_emit;
            if (failure) continue;
            try {
                deliver(std::move(node.mapped()));
            } catch (...) {
                failure = std::current_exception();
            }
        }
        if (reader_waits_for && has_room(*reader_waits_for, true)) window_open.notify_one();
        (void)lock;
    };

    std::vector<std::thread> workers;
    for (unsigned w = 0; w < n; ++w)
        workers.emplace_back([&] {
            // A worker's CPU time is its extraction (waiting costs none):
            // read once at the end, not twice an article (a system call each).
            const double cpu0 = thread_cpu_seconds();
            std::unique_lock lock(m);
            for (;;) {
                work_ready.wait(lock, [&] { return !work.empty() || !reading; });
                if (work.empty()) break;
                Job job = std::move(work.front());
                work.pop_front();
                lock.unlock();
                Extracted r = process(std::move(*job.article), lex_, records);
                lock.lock();
                finish(job.seq, std::move(r), lock);
            }
            extract_busy += thread_cpu_seconds() - cpu0;
        });

    double reader_cpu0 = thread_cpu_seconds();
    auto enqueue = [&](std::optional<Article> a, std::optional<Error> e) {
        std::unique_lock lock(m);
        if (failure) throw Stop{};
        std::size_t bytes = a ? a->text.size() : 0;
        if (!has_room(bytes, false)) {
            reader_waits_for = bytes;
            window_open.wait(lock, [&] { return has_room(bytes, true); });
            reader_waits_for.reset();
        }
        std::size_t seq = next_seq++;
        bytes_of[seq] = bytes;
        in_flight_bytes += bytes;
        if (a) {
            work.push_back(Job{seq, std::move(a), {}});
            work_ready.notify_one();
        } else {
            finish(seq, skipped(*e), lock);
        }
    };
    ReadSink sink;
    sink.article = [&](Article&& a) { enqueue(std::move(a), std::nullopt); };
    sink.error = [&](const Error& e) { enqueue(std::nullopt, e); };
    auto stop_workers = [&](bool drop_work) {
        {
            std::lock_guard lock(m);
            reading = false;
            if (drop_work) work.clear();
        }
        work_ready.notify_all();
        for (auto& t : workers) t.join();
    };
    try {
        read_inputs(inputs, sink, part);
    } catch (const Stop&) {
        stop_workers(true);
        std::rethrow_exception(failure);
    } catch (...) {
        stop_workers(true);
        throw;
    }
    double read_total = thread_cpu_seconds() - reader_cpu0;
    stop_workers(false);
    if (failure) std::rethrow_exception(failure);
    stats.read_seconds = read_total;  // CPU: the waits cost none
    stats.extract_seconds = extract_busy;
    return stats;
}

}  // namespace accord
