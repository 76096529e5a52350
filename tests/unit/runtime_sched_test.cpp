// Scheduler, channel and timer tests on the runtime alone (no interpreter): goroutines here are
// C++ lambdas, channel elements are int64s in the lambdas' own storage.
#include <gtest/gtest.h>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "runtime/runtime.h"

namespace gomi::rt {
namespace {

const gc::GcType kInt64{8, 0, nullptr, "int64"};

struct Fixture : ::testing::Test {
  Runtime rt{gc::HeapConfig{}};
  Scheduler& s = rt.sched();
  ChanOps& ch = rt.chans();
  std::vector<std::string> log;

  void SetUp() override {
    ch.panicPlain = [](const char* msg) { throw std::runtime_error(msg); };
  }
  void runMain(std::function<void()> fn) { s.run(s.spawn(std::move(fn))); }
};

TEST_F(Fixture, NewGoroutinesRunInGoOrderWithRunnext) {
  // With GOMAXPROCS=1 Go runs the last goroutine created first (it sits in runnext), then the
  // others in creation order: 2 0 1.
  runMain([&] {
    for (int i = 0; i < 3; ++i) s.spawn([&, i] { log.push_back(std::to_string(i)); });
    s.gosched();
    s.gosched();
  });
  EXPECT_EQ(log, (std::vector<std::string>{"2", "0", "1"}));
}

TEST_F(Fixture, GoschedGoesToTheGlobalQueueAfterTheLocalOne) {
  // Go 1.19: Gosched puts A on the global queue; B's two new goroutines go to runnext and the
  // local queue, which are served before the global queue.
  runMain([&] {
    s.spawn([&] {
      log.push_back("A1");
      s.gosched();
      log.push_back("A2");
    });
    s.spawn([&] {
      log.push_back("B");
      s.spawn([&] { log.push_back("D"); });
      s.spawn([&] { log.push_back("E"); });
    });
    s.spawn([&] { log.push_back("C"); });
    for (int i = 0; i < 3; ++i) s.gosched();
  });
  EXPECT_EQ(log, (std::vector<std::string>{"C", "A1", "B", "E", "D", "A2"}));
}

TEST_F(Fixture, LocalRunQueueOverflowsHalfIntoTheGlobalQueue) {
  // 260 new goroutines: the 258th finds the local queue (256) full, so the oldest 128 and the
  // goroutine being queued move to the global queue, which runs after the local one (the
  // fairness check every 61 ticks aside).
  std::vector<int> order;
  runMain([&] {
    for (int i = 0; i < 260; ++i) s.spawn([&, i] { order.push_back(i); });
    s.gosched();
  });
  ASSERT_EQ(order.size(), 260u);
  EXPECT_EQ(order[0], 259);
  EXPECT_EQ(order[1], 128);  // the head of what stayed in the local queue
  EXPECT_EQ(order[2], 129);
}

TEST_F(Fixture, UnbufferedPingPong) {
  HChan* ping = ch.make(kInt64, nullptr, 0);
  HChan* pong = ch.make(kInt64, nullptr, 0);
  std::int64_t total = 0;
  runMain([&] {
    s.spawn([&] {
      std::int64_t v;
      while (ch.recv(ping, &v, true, nullptr) && v >= 0) {
        std::int64_t r = v * 2;
        ch.send(pong, &r, true);
      }
    });
    for (std::int64_t i = 0; i < 1000; ++i) {
      std::int64_t r;
      ch.send(ping, &i, true);
      ch.recv(pong, &r, true, nullptr);
      total += r;
    }
    std::int64_t stop = -1;
    ch.send(ping, &stop, true);
  });
  EXPECT_EQ(total, 999 * 1000);
}

TEST_F(Fixture, BufferedChannelIsFifoEvenWithBlockedSenders) {
  HChan* c = ch.make(kInt64, nullptr, 2);
  std::vector<std::int64_t> got;
  runMain([&] {
    s.spawn([&] {
      for (std::int64_t i = 0; i < 10; ++i) ch.send(c, &i, true);
      ch.close(c);
    });
    std::int64_t v;
    bool ok;
    while (ch.recv(c, &v, true, &ok) && ok) got.push_back(v);
  });
  ASSERT_EQ(got.size(), 10u);
  for (std::int64_t i = 0; i < 10; ++i) EXPECT_EQ(got[static_cast<std::size_t>(i)], i);
}

TEST_F(Fixture, CloseWakesReceiversWithZeroAndSendOnClosedPanics) {
  HChan* c = ch.make(kInt64, nullptr, 0);
  int woken = 0;
  std::string panicMsg;
  runMain([&] {
    for (int i = 0; i < 3; ++i)
      s.spawn([&] {
        std::int64_t v = 42;
        bool ok = true;
        ch.recv(c, &v, true, &ok);
        if (!ok && v == 0) ++woken;
      });
    s.gosched();
    ch.close(c);
    s.gosched();
    try {
      std::int64_t v = 1;
      ch.send(c, &v, true);
    } catch (const std::runtime_error& e) {
      panicMsg = e.what();
    }
  });
  EXPECT_EQ(woken, 3);
  EXPECT_EQ(panicMsg, "send on closed channel");
  EXPECT_THROW(ch.close(c), std::runtime_error);
}

TEST_F(Fixture, CloseReadiesTheFirstWaiterFirstThenTheRestInReverse) {
  HChan* c = ch.make(kInt64, nullptr, 0);
  runMain([&] {
    for (int i = 0; i < 4; ++i)
      s.spawn([&, i] {
        std::int64_t v;
        ch.recv(c, &v, true, nullptr);
        log.push_back(std::to_string(i));
      });
    s.gosched();  // they queue on c in run order: 3 0 1 2
    ch.close(c);
    s.gosched();
  });
  EXPECT_EQ(log, (std::vector<std::string>{"3", "2", "1", "0"}));
}

TEST_F(Fixture, SelectPicksReadyCaseAndDefault) {
  HChan* a = ch.make(kInt64, nullptr, 1);
  HChan* b = ch.make(kInt64, nullptr, 1);
  runMain([&] {
    std::int64_t va = 0, vb = 0;
    SelectCase cases[2] = {{a, &va, false}, {b, &vb, false}};
    EXPECT_EQ(ch.select(cases, 2, false, nullptr), -1);  // nothing ready: default
    std::int64_t seven = 7;
    ch.send(b, &seven, true);
    bool ok = false;
    EXPECT_EQ(ch.select(cases, 2, true, &ok), 1);
    EXPECT_TRUE(ok);
    EXPECT_EQ(vb, 7);
    // A blocked select is woken by a sender on any of its channels.
    s.spawn([&] {
      std::int64_t v = 9;
      ch.send(a, &v, true);
    });
    EXPECT_EQ(ch.select(cases, 2, true, &ok), 0);
    EXPECT_EQ(va, 9);
  });
}

TEST_F(Fixture, SelectIsRoughlyUniform) {
  HChan* a = ch.make(kInt64, nullptr, 1000);
  HChan* b = ch.make(kInt64, nullptr, 1000);
  int counts[2] = {0, 0};
  runMain([&] {
    std::int64_t v = 1;
    for (int i = 0; i < 1000; ++i) {
      ch.send(a, &v, true);
      ch.send(b, &v, true);
    }
    for (int i = 0; i < 1000; ++i) {
      SelectCase cases[2] = {{a, &v, false}, {b, &v, false}};
      ++counts[ch.select(cases, 2, true, nullptr)];
    }
  });
  EXPECT_GT(counts[0], 400);
  EXPECT_GT(counts[1], 400);
}

TEST_F(Fixture, SleepersWakeInDeadlineOrder) {
  runMain([&] {
    for (int ms : {30, 10, 20})
      s.spawn([&, ms] {
        s.sleep(std::int64_t{ms} * 1'000'000);
        log.push_back(std::to_string(ms));
      });
    s.sleep(50'000'000);
  });
  EXPECT_EQ(log, (std::vector<std::string>{"10", "20", "30"}));
}

TEST_F(Fixture, DeadlockIsDetected) {
  HChan* c = ch.make(kInt64, nullptr, 0);
  s.onDeadlock = [] { throw std::runtime_error("deadlock"); };
  EXPECT_THROW(runMain([&] {
                 std::int64_t v;
                 ch.recv(c, &v, true, nullptr);
               }),
               std::runtime_error);
}

TEST_F(Fixture, HundredThousandParkedGoroutines) {
  constexpr int kN = 100'000;
  HChan* start = ch.make(kInt64, nullptr, 0);
  HChan* done = ch.make(kInt64, nullptr, kN);
  std::int64_t sum = 0;
  runMain([&] {
    for (int i = 0; i < kN; ++i)
      s.spawn([&] {
        std::int64_t v;
        ch.recv(start, &v, true, nullptr);
        ch.send(done, &v, true);
      });
    s.gosched();
    EXPECT_EQ(s.numGoroutines(), kN + 1);
    ch.close(start);
    for (int i = 0; i < kN; ++i) {
      std::int64_t v = -1;
      ch.recv(done, &v, true, nullptr);
      sum += v;
    }
  });
  EXPECT_EQ(sum, 0);
  EXPECT_EQ(s.numGoroutines(), 0);
  EXPECT_LE(rt.stacks().mappedBytes(), std::size_t{kN + 1000} * StackPool::kStackSize);
}

TEST_F(Fixture, PreemptionFlagIsRaisedForALongRunner) {
  runMain([&] {
    s.spawn([] {});
    auto until = Scheduler::nanotime() + 200'000'000;
    while (!s.preemptRequested.load() && Scheduler::nanotime() < until) {
    }
    EXPECT_TRUE(s.preemptRequested.load());
    s.preempt();
  });
}

}  // namespace
}  // namespace gomi::rt

namespace gomi::rt {
namespace {

TEST(Semaphores, WaitersWakeInFifoOrder) {
  Runtime rt{gc::HeapConfig{}};
  Scheduler& s = rt.sched();
  std::uint32_t sema = 0;
  std::vector<int> order;
  s.run(s.spawn([&] {
    for (int i = 0; i < 3; ++i)
      s.spawn([&, i] {
        rt.semas().acquire(&sema);
        order.push_back(i);
      });
    s.gosched();
    EXPECT_EQ(rt.semas().waiters(&sema), 3u);
    for (int i = 0; i < 3; ++i) {
      rt.semas().release(&sema);
      s.gosched();
    }
    rt.semas().release(&sema);
    EXPECT_EQ(sema, 1u);
  }));
  EXPECT_EQ(order, (std::vector<int>{2, 0, 1}));  // parked in Go's run order: 2 ran first
}

TEST(Semaphores, AReleaserThatAcquiresAgainBeforeTheWaiterRunsWins) {
  // Go's semrelease does not hand the unit over: the woken waiter must take it when it runs,
  // and waits again (here at the head, lifo) if someone took it first.
  Runtime rt{gc::HeapConfig{}};
  Scheduler& s = rt.sched();
  std::uint32_t sema = 0;
  std::vector<std::string> log;
  s.run(s.spawn([&] {
    for (int i = 0; i < 2; ++i)
      s.spawn([&, i] {
        rt.semas().acquire(&sema, true);
        log.push_back("w" + std::to_string(i));
      });
    s.gosched();                // 1 ran first, then 0 queued in front of it: 0 1
    rt.semas().release(&sema);  // readies 0
    rt.semas().acquire(&sema);  // takes the unit back before 0 runs
    log.push_back("main");
    s.gosched();  // 0 wakes, finds nothing, queues again at the head
    EXPECT_EQ(rt.semas().waiters(&sema), 2u);
    EXPECT_EQ(sema, 0u);
    rt.semas().release(&sema);  // readies 0
    rt.semas().release(&sema);  // readies 1, into runnext: 1 runs first
    s.gosched();
  }));
  EXPECT_EQ(log, (std::vector<std::string>{"main", "w1", "w0"}));
}

TEST(Semaphores, HandoffGivesTheUnitToTheWaiterAndRunsItNow) {
  Runtime rt{gc::HeapConfig{}};
  Scheduler& s = rt.sched();
  std::uint32_t sema = 0;
  std::vector<std::string> log;
  s.run(s.spawn([&] {
    s.spawn([&] {
      rt.semas().acquire(&sema);
      log.push_back("waiter");
    });
    s.gosched();
    rt.semas().release(&sema, true);
    log.push_back("releaser");
    EXPECT_EQ(sema, 0u);
  }));
  EXPECT_EQ(log, (std::vector<std::string>{"waiter", "releaser"}));
}

}  // namespace
}  // namespace gomi::rt
