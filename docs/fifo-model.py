# The clock estimator's error on one FIFO link, modelled (docs/EVALUATION.md, "Clock agreement").
# Both ends run rounds every 200 ms (a SYNC request, then the round's other frames); a request is
# answered at once. Every frame's delay is N(500, 100) ms, never below 0, and arrives no earlier than
# the frame before it (TCP order), as symp sim's ordered links. Perfect clocks, so each sample's value
# is its error. Prints: the mean error of request samples (smoothed RTT / 2 − the request's delay)
# and of reply samples (the exchange's RTT / 2 − the reply's delay); the spread of the link's
# antisymmetric error (what A makes of B minus what B makes of A, halved: what sets their clocks
# apart) averaged over a window, with the ends' rounds at a fixed phase and at random phases; and
# what 14 such links in a line add up to.
#   python3 docs/fifo-model.py [MEAN_MS SD_MS [ROUND_MS]]
import math, random, statistics, sys

MEAN, SD = (float(sys.argv[1]), float(sys.argv[2])) if len(sys.argv) > 2 else (500.0, 100.0)
ROUND, OTHER_FRAMES = float(sys.argv[3]) if len(sys.argv) > 3 else 200.0, 1


class Direction:
    def __init__(self, rnd):
        self.rnd, self.last = rnd, 0.0

    def send(self, t):
        a = max(t + max(0.0, self.rnd.gauss(MEAN, SD)), self.last)
        self.last = a
        return a


def run(seconds, spread, seed):
    rnd = random.Random(seed)
    ab, ba = Direction(rnd), Direction(rnd)
    phase = rnd.uniform(0, ROUND)
    events = []  # (time, kind, who): rounds of A at 0 + k*ROUND, of B at phase + k*ROUND
    for who, start in (("A", 0.0), ("B", phase)):
        t = start
        while t < seconds * 1000:
            events.append((t, who))
            t += ROUND * (rnd.uniform(0.5, 1.5) if spread else 1.0)
    events.sort()
    # Deliveries are computed in send order per direction; replies are sent at arrivals, so
    # process in time order with a queue of pending replies.
    import heapq
    q = [(t, "round", who, None) for t, who in events]
    heapq.heapify(q)
    rtt = {"A": None, "B": None}
    samples = {"A": [], "B": []}  # (time, kind, error) at the receiving end
    while q:
        t, kind, who, sent = heapq.heappop(q)
        link = ab if who == "A" else ba
        other = "B" if who == "A" else "A"
        if kind == "round":
            arrival = link.send(t)
            heapq.heappush(q, (arrival, "request", other, t))
            for _ in range(OTHER_FRAMES):
                link.send(t)
        elif kind == "request":  # `who` received a request sent at `sent`
            delay = t - sent
            if rtt[who] is not None:
                samples[who].append((t, "request", rtt[who] / 2 - delay))
            back = ab if who == "A" else ba
            heapq.heappush(q, (back.send(t), "reply", other, (sent, t)))
        else:  # `who` received the reply to its request
            req_sent, req_arrived = sent
            d_req, d_rep = req_arrived - req_sent, t - req_arrived
            r = d_req + d_rep
            rtt[who] = r if rtt[who] is None else rtt[who] + 0.125 * (r - rtt[who])
            samples[who].append((t, "reply", r / 2 - d_rep))
    return samples


def antisymmetric(samples, lo, hi):
    a = [e for t, _, e in samples["A"] if lo <= t / 1000 < hi]
    b = [e for t, _, e in samples["B"] if lo <= t / 1000 < hi]
    return (statistics.mean(a) - statistics.mean(b)) / 2


print(f"one-way delays N({MEAN:.0f}, {SD:.0f}) ms, rounds every {ROUND:.0f} ms, FIFO")
s = run(300, False, 1)
for kind in ("request", "reply"):
    e = [x for end in "AB" for _, k, x in s[end] if k == kind]
    print(f"  {kind} samples: mean error {statistics.mean(e):+.2f} ms, sd {statistics.pstdev(e):.1f} ms")
for spread in (False, True):
    runs = [run(300, spread, seed) for seed in range(1, 25)]
    row = []
    for lo, hi in ((30, 60), (30, 150), (30, 300)):
        sd = statistics.pstdev([antisymmetric(r, lo, hi) for r in runs])
        row.append(f"{lo}-{hi} s: {sd:.2f} ms (14 links: {sd * math.sqrt(14):.1f})")
    print(f"  antisymmetric error, rounds at {'random' if spread else 'a fixed'} phase, sd of its mean over " + "; ".join(row))
