"""What one page-cache hit reads from the cache, timed in process on Redis and on local memory
(a benchmark, not a test): the page cache's `get_many` of the site generation, the URL's Vary
record and a kept page of PAGE_BYTES, as `ourdigitalfuture.core.page_cache` does on every hit.
It says how much of a Redis-cached page's cost is the round trip to Redis.

    .venv/bin/python benchmarks/cache_hit_bench.py [--reads 3000] [--bytes 48000]
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from django.core.cache.backends.locmem import LocMemCache  # noqa: E402
from django.core.cache.backends.redis import RedisCache  # noqa: E402

from benchmarks.services import Redis  # noqa: E402


def median_read_us(cache, page_bytes, reads):
    entry = (1, 200, [("Content-Type", "text/html; charset=utf-8")] * 12, b"x" * page_bytes)
    cache.set_many({"generation": 1, "vary": ("Cookie",), "page": entry})
    keys = ["generation", "vary", "page"]
    for _ in range(200):
        cache.get_many(keys)
    times = []
    for _ in range(reads):
        start = time.perf_counter()
        cache.get_many(keys)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1e6


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reads", type=int, default=3000)
    parser.add_argument("--bytes", type=int, default=48000)
    args = parser.parse_args()
    redis = Redis().start()
    try:
        on_redis = median_read_us(RedisCache(redis.url, {}), args.bytes, args.reads)
    finally:
        redis.stop()
    local = median_read_us(LocMemCache("cache-hit-bench", {}), args.bytes, args.reads)
    print(f"one page-cache hit's reads, a {args.bytes:,}-byte page, median of {args.reads:,}:")
    print(f"  Redis         {on_redis:8.0f} µs")
    print(f"  local memory  {local:8.0f} µs  (Redis / local memory: {on_redis / local:.0f}×)")


if __name__ == "__main__":
    main()
