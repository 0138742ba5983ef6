package org.fahras.plugins.tika;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.fahras.api.DocumentParseException;
import org.fahras.api.DocumentParseException.Reason;
import org.fahras.api.ParseRequest;
import org.fahras.api.ParsedDocument;
import org.pf4j.ExtensionPoint;
import org.slf4j.LoggerFactory;

/**
 * Parsing in separate JVMs, so that no file can hang, crash or exhaust the application: a pool of
 * parser processes ({@link ParserProcessMain}), each running the plugin's own parser on one file
 * at a time.
 *
 * <ul>
 *   <li><b>Time limit</b>: a file that takes longer than its {@link ParseRequest#timeout()} has its
 *       process killed and is reported as {@link Reason#TIMEOUT}.
 *   <li><b>Memory</b>: each process has its own heap ({@code -Xmx}, an option) and ends on running
 *       out of memory ({@code -XX:+ExitOnOutOfMemoryError}); the file is reported as {@link
 *       Reason#TOO_LARGE}. A process that dies otherwise (a native crash, an exit) is reported as
 *       {@link Reason#OTHER} with its exit code.
 *   <li><b>Restart</b>: a killed or dead process is replaced when the next file needs one; the
 *       next file is unaffected.
 * </ul>
 *
 * <p>At most one process per available processor runs (a parse thread waits for a free one); each
 * is started on first need and stays for the next files. The processes read requests on standard
 * input and end when it closes, so they do not outlive the application. Start-up (loading Tika, a
 * few seconds) does not count against a file's time limit.
 *
 * <p>Which files go out of process is {@link #RISKY} by default: everything but plain text
 * ({@code .txt}, {@code .csv}, {@code .md} …), whose reader cannot loop or blow up; {@link #ALL};
 * or {@link #NONE}.
 */
final class IsolatedParsing implements AutoCloseable {

  /** Isolation choice: every file but plain text in a parser process. */
  static final String RISKY = "risky";

  /** Isolation choice: every file in a parser process. */
  static final String ALL = "all";

  /** Isolation choice: no parser processes; nothing enforces the time limit. */
  static final String NONE = "none";

  static final List<String> CHOICES = List.of(RISKY, ALL, NONE);

  /** Extensions read in-process under {@link #RISKY}. */
  static final Set<String> PLAIN_TEXT_EXTENSIONS =
      Set.of("txt", "text", "csv", "tsv", "md", "markdown", "log");

  /** How long a new process may take to load its parser. */
  static final Duration START_TIMEOUT = Duration.ofMinutes(2);

  /** Exit code of a JVM ended by {@code -XX:+ExitOnOutOfMemoryError}. */
  static final int OUT_OF_MEMORY_EXIT = 3;

  private static final AtomicInteger THREADS = new AtomicInteger();

  /** The {@code java} program of this runtime, if it has one. */
  private static final Optional<Path> JAVA =
      Optional.of(javaProgram()).filter(Files::isExecutable);

  private final AtomicBoolean javaMissingLogged = new AtomicBoolean();

  private final String mode;
  private final int heapMegabytes;
  private final List<String> childArguments;
  private final Semaphore slots;
  private final ConcurrentLinkedQueue<Child> idle = new ConcurrentLinkedQueue<>();
  private final ExecutorService readers =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "fahras-tika-process-reader-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
          });
  private final AtomicInteger started = new AtomicInteger();

  /**
   * @param mode {@link #RISKY}, {@link #ALL} or {@link #NONE}
   * @param heapMegabytes each process's maximum heap
   * @param parserOptions options handed to the parser in each process
   */
  IsolatedParsing(String mode, int heapMegabytes, Map<String, String> parserOptions) {
    this.mode = mode;
    this.heapMegabytes = heapMegabytes;
    this.childArguments = new ArrayList<>();
    parserOptions.forEach((k, v) -> childArguments.add(k + "=" + v));
    this.slots = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));
  }

  /**
   * Whether {@code file} is parsed in a separate process. Never when this Java runtime has no
   * {@code java} program to start one with (a runtime image stripped of its commands): then every
   * file is parsed in-process, and the log says so once.
   */
  boolean isolates(Path file) {
    if (mode.equals(NONE) || !canStartProcesses()) {
      return false;
    }
    if (mode.equals(ALL)) {
      return true;
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot < 0 || !PLAIN_TEXT_EXTENSIONS.contains(name.substring(dot + 1));
  }

  /** How many processes were started so far (restarts included). */
  int processesStarted() {
    return started.get();
  }

  /** Parses {@code request} in a parser process. */
  ParsedDocument parse(ParseRequest request) throws DocumentParseException {
    try {
      slots.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DocumentParseException(Reason.OTHER, "interrupted while waiting for a parser");
    }
    Child child = null;
    try {
      child = idle.poll();
      if (child == null || !child.process.isAlive()) {
        if (child != null) {
          child.kill();
        }
        child = start();
      }
      try {
        return child.parse(request);
      } finally {
        // Answered (a document, or the file's own failure): the process is fine, reuse it.
        // Otherwise it timed out, died or broke the protocol: killed below.
        if (child.answered) {
          idle.add(child);
          child = null;
        }
      }
    } finally {
      if (child != null) {
        child.kill(); // it timed out, died or broke the protocol: never reuse it
      }
      slots.release();
    }
  }

  private boolean canStartProcesses() {
    if (JAVA.isEmpty()) {
      if (!javaMissingLogged.getAndSet(true)) {
        LoggerFactory.getLogger(IsolatedParsing.class)
            .warn(
                "This Java runtime has no java program ({}); documents are parsed inside Fahras,"
                    + " without a time limit or protection from parser crashes",
                javaProgram());
      }
      return false;
    }
    return true;
  }

  private static Path javaProgram() {
    boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("win");
    return Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
  }

  private Child start() throws DocumentParseException {
    List<String> command = new ArrayList<>();
    command.add(JAVA.get().toString());
    command.add("-Xmx" + heapMegabytes + "m");
    command.add("-XX:+ExitOnOutOfMemoryError");
    command.add("-XX:+UseSerialGC");
    // The JIT's first tier only: a process lives for one run, and parsing is faster so up to
    // thousands of office and PDF files than with the optimising compiler still at work
    // (performance.md, run S).
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-Dfile.encoding=UTF-8");
    command.add("-Dsun.jnu.encoding=UTF-8");
    command.add("-cp");
    command.add(classPath());
    command.add(ParserProcessMain.class.getName());
    command.addAll(childArguments);
    ProcessBuilder builder = new ProcessBuilder(command);
    try {
      Process process = builder.start();
      started.incrementAndGet();
      Child child = new Child(process);
      readers.submit(child::drainErrors);
      Future<Integer> ready = readers.submit(child.in::readInt);
      try {
        int hello = ready.get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        if (hello != WireFormat.READY) {
          throw new IOException("unexpected greeting");
        }
      } catch (TimeoutException | ExecutionException | IOException e) {
        child.kill();
        throw new DocumentParseException(
            Reason.OTHER,
            "the separate parser process did not start"
                + exitCode(process)
                + child.lastError()
                + "; set the Tika parser's isolation to 'none' to parse in-process");
      }
      return child;
    } catch (IOException e) {
      throw new DocumentParseException(
          Reason.OTHER, "could not start a separate parser process: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DocumentParseException(Reason.OTHER, "interrupted while starting a parser");
    }
  }

  private static String exitCode(Process process) {
    try {
      if (process.waitFor(2, TimeUnit.SECONDS)) {
        return " (exit code " + process.exitValue() + ")";
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return "";
  }

  /**
   * The class path of a parser process: the plugin's own (its classes and {@code lib/} jars, from
   * its class loader) and the host's jars the plugin uses (the API, PF4J, SLF4J).
   */
  static String classPath() {
    Set<String> entries = new LinkedHashSet<>();
    ClassLoader loader = IsolatedParsing.class.getClassLoader();
    if (loader instanceof URLClassLoader urls) {
      for (URL url : urls.getURLs()) {
        addUrl(entries, url);
      }
    }
    Class<?>[] hostTypes = {
      IsolatedParsing.class, ParsedDocument.class, ExtensionPoint.class, LoggerFactory.class
    };
    for (Class<?> type : hostTypes) {
      CodeSource source = type.getProtectionDomain().getCodeSource();
      if (source != null && source.getLocation() != null) {
        addUrl(entries, source.getLocation());
      }
    }
    if (!(loader instanceof URLClassLoader)) {
      // Loaded by the application class loader (tests, a flat class path): it is all there.
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        if (!entry.isBlank()) {
          entries.add(entry);
        }
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  private static void addUrl(Set<String> entries, URL url) {
    try {
      if ("file".equals(url.getProtocol())) {
        entries.add(Path.of(url.toURI()).toString());
      }
    } catch (URISyntaxException | IllegalArgumentException e) {
      // not a local file: the process cannot use it
    }
  }

  /** Ends every idle process (busy ones end when their file is done and they are not reused). */
  @Override
  public void close() {
    for (Child child = idle.poll(); child != null; child = idle.poll()) {
      child.kill();
    }
    readers.shutdownNow();
  }

  /** One parser process and its pipes. */
  private final class Child {
    final Process process;
    final DataOutputStream out;
    final DataInputStream in;

    Child(Process process) {
      this.process = process;
      this.out = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
      this.in = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
    }

    /** The last lines the process wrote on standard error (Tika's log, a JVM's last words). */
    private final ArrayDeque<String> errors = new ArrayDeque<>();

    /** Reads standard error until the process ends, keeping the last few lines. */
    void drainErrors() {
      try (BufferedReader err =
          new BufferedReader(
              new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
        for (String line = err.readLine(); line != null; line = err.readLine()) {
          synchronized (errors) {
            errors.addLast(line.length() > 300 ? line.substring(0, 300) + "…" : line);
            if (errors.size() > 5) {
              errors.removeFirst();
            }
          }
        }
      } catch (IOException e) {
        // the process ended
      }
    }

    /** The most telling recent error line, as {@code ": line"}, or empty. */
    String lastError() {
      synchronized (errors) {
        for (Iterator<String> it = errors.descendingIterator(); it.hasNext(); ) {
          String line = it.next().strip();
          if (line.contains("Error") || line.contains("Exception")) {
            return ": " + line;
          }
        }
        return errors.isEmpty() ? "" : ": " + errors.peekLast().strip();
      }
    }

    /** Whether the last request got its answer, a document or a failure: the process is fine. */
    volatile boolean answered;

    ParsedDocument parse(ParseRequest request) throws DocumentParseException {
      answered = false;
      Future<ParsedDocument> answer;
      try {
        WireFormat.writeRequest(out, request);
        answer =
            readers.submit(
                () -> {
                  try {
                    return WireFormat.readAnswer(in);
                  } catch (DocumentParseException e) {
                    answered = true; // the file's failure, told by a healthy process
                    throw e;
                  }
                });
      } catch (IOException e) {
        throw died();
      }
      try {
        ParsedDocument document = answer.get(request.timeout().toMillis(), TimeUnit.MILLISECONDS);
        answered = true;
        return document;
      } catch (TimeoutException e) {
        kill();
        answer.cancel(true);
        throw new DocumentParseException(
            Reason.TIMEOUT,
            "took longer than " + describe(request.timeout()) + " to read; stopped");
      } catch (ExecutionException e) {
        if (e.getCause() instanceof DocumentParseException failure) {
          throw failure;
        }
        throw died();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        kill();
        throw new DocumentParseException(Reason.OTHER, "interrupted while reading");
      }
    }

    /** The failure for a process that stopped answering: out of memory, or a crash. */
    private DocumentParseException died() {
      Integer code = null;
      try {
        // Its output ended: it is exiting. Wait for its own exit code before making sure.
        if (process.waitFor(5, TimeUnit.SECONDS)) {
          code = process.exitValue();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      kill();
      if (code != null && code == OUT_OF_MEMORY_EXIT) {
        return new DocumentParseException(
            Reason.TOO_LARGE,
            "ran out of memory while reading (the parser process has " + heapMegabytes + " MB)");
      }
      return new DocumentParseException(
          Reason.OTHER,
          "the parser process crashed while reading"
              + (code == null ? "" : " (exit code " + code + ")"));
    }

    void kill() {
      process.destroyForcibly();
      try {
        out.close();
      } catch (IOException e) {
        // already gone
      }
    }
  }

  private static String describe(Duration d) {
    long seconds = d.toSeconds();
    return seconds >= 1 ? seconds + " s" : d.toMillis() + " ms";
  }
}
