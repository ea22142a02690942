"""A small tracer, debugger and profiler built on sys.settrace, sys.setprofile and tracemalloc."""
