package org.fahras.bench;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A CPU profile of each timed run, written as its own collapsed-stack file, when the benchmark
 * is started with {@code -Dbench.profile.each=DIR} and async-profiler's jar on the class path
 * ({@code BENCH_EXTRA_CP}) and its library at {@code -Dbench.profile.lib=PATH}: runs of one
 * pipeline that differ in time can then be compared with each other. Called by reflection, so
 * that the module does not depend on the profiler; without the properties it does nothing.
 * {@code -Dbench.profile.start=COMMAND} replaces the profiler's start command (default {@code
 * start,event=cpu,interval=1ms,threads}; {@code start,event=alloc,threads} profiles allocation).
 */
final class EachRunProfile {
  private final Object profiler;
  private final Method execute;
  private final Path dir;

  private EachRunProfile(Object profiler, Method execute, Path dir) {
    this.profiler = profiler;
    this.execute = execute;
    this.dir = dir;
  }

  static EachRunProfile fromSystemProperties() {
    String dir = System.getProperty("bench.profile.each");
    if (dir == null) {
      return new EachRunProfile(null, null, null);
    }
    try {
      Class<?> c = Class.forName("one.profiler.AsyncProfiler");
      Object p = c.getMethod("getInstance", String.class).invoke(null, System.getProperty("bench.profile.lib"));
      Files.createDirectories(Path.of(dir));
      return new EachRunProfile(p, c.getMethod("execute", String.class), Path.of(dir));
    } catch (ReflectiveOperationException | java.io.IOException e) {
      throw new IllegalStateException("bench.profile.each needs async-profiler's jar and bench.profile.lib: " + e, e);
    }
  }

  void start() {
    run(System.getProperty("bench.profile.start", "start,event=cpu,interval=1ms,threads"));
  }

  void stop(String name) {
    if (profiler == null) {
      return;
    }
    run("stop,file=" + dir.resolve(name + ".collapsed") + ",collapsed");
  }

  private void run(String command) {
    if (profiler == null) {
      return;
    }
    try {
      execute.invoke(profiler, command);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("async-profiler: " + command + ": " + e, e);
    }
  }
}
