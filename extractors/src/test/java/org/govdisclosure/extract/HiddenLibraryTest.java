package org.govdisclosure.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.govdisclosure.extract.evaluate.Gold;
import org.junit.jupiter.api.Test;

/**
 * The extractors loaded afresh, with a library their class path lacks (as a cluster's class path may lack or shade
 * one): only the files of the formats whose reader needs it fail, each with a reason naming the reader and the
 * missing class, and every other file is read as it is with the library.
 */
class HiddenLibraryTest {

  private static final Path FORMATS = Path.of("src/test/resources/formats");
  private static final String STEM = "000_aee1c35d317719c9";
  private static final byte[] JSON_EXPORT = ("{\"标题\": \"某县2021年政府信息公开工作年度报告\", \"三\": {\"本年新收政府信息公开申请数量\": "
      + "{\"自然人\": 5, \"总计\": 5}}}").getBytes(StandardCharsets.UTF_8);

  /** Files of every format: the seeds as text, and one report saved in each other format. */
  private static Map<String, byte[]> files() throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (Gold seed : TestCorpus.under("seeds")) {
      files.put(seed.name(), Files.readAllBytes(seed.report()));
    }
    for (String ext : List.of("pdf", "docx", "doc", "xlsx", "xls", "odt", "ods")) {
      files.put(STEM + "." + ext, Files.readAllBytes(FORMATS.resolve(STEM + "." + ext)));
    }
    files.put("export.json", JSON_EXPORT);
    return files;
  }

  @Test
  void withoutPdfBoxOnlyThePdfFilesFailAndTheyNameTheReaderAndTheMissingClass() throws Exception {
    Map<String, Outcome> hidden = readAll("org.apache.pdfbox.");
    Map<String, Outcome> whole = readAll();
    hidden.forEach((file, got) -> {
      if (file.endsWith(".pdf")) {
        assertThat(got.status()).as(file).isEqualTo("unreadable");
        assertThat(got.warnings()).as(file).singleElement().asString()
            .startsWith("extraction_failed: reader_unavailable: PdfReader: NoClassDefFoundError: org/apache/pdfbox/");
      } else {
        assertThat(got).as(file).isEqualTo(whole.get(file));
      }
    });
    assertThat(whole.get(STEM + ".pdf").status()).isEqualTo("extracted");
  }

  @Test
  void withoutStaxTheTextAndPdfReportsAreReadAndAnExportFailsNamingItsReader() throws Exception {
    Map<String, Outcome> hidden = readAll("javax.xml.stream.");
    Map<String, Outcome> whole = readAll();
    for (String file : whole.keySet()) {
      if (file.endsWith(".txt") || file.endsWith(".pdf")) {
        assertThat(hidden.get(file)).as(file).isEqualTo(whole.get(file));
      }
    }
    assertThat(whole.get("export.json").status()).isNotEqualTo("unreadable");
    assertThat(hidden.get("export.json").warnings()).singleElement().asString()
        .startsWith("extraction_failed: reader_unavailable: StructuredExport: NoClassDefFoundError: javax/xml/stream/");
    assertThat(hidden.get(STEM + ".docx").warnings()).singleElement().asString()
        .startsWith("extraction_failed: reader_unavailable: DocxReader: NoClassDefFoundError: javax/xml/stream/");
  }

  /** What a report came out as: its status, warnings ("code: message") and tables. */
  record Outcome(String status, List<String> warnings, Map<?, ?> tables) {}

  /** Every file read by extractors loaded afresh, without the classes under {@code hidden}. */
  private static Map<String, Outcome> readAll(String... hidden) throws Exception {
    Hiding loader = new Hiding(HiddenLibraryTest.class.getClassLoader(), hidden);
    return inContext(loader, () -> {
      Class<?> processorClass = loader.loadClass(ReportProcessor.class.getName());
      Object processor = processorClass.getMethod("withRegistered", boolean.class).invoke(null, false);
      Method process = processorClass.getMethod("process", String.class, byte[].class);
      Map<String, Outcome> outcomes = new LinkedHashMap<>();
      for (Map.Entry<String, byte[]> file : files().entrySet()) {
        Object report = process.invoke(processor, file.getKey(), file.getValue());
        List<String> warnings = new ArrayList<>();
        for (Object w : (List<?>) call(report, "warnings")) {
          warnings.add(call(w, "code") + ": " + call(w, "message"));
        }
        outcomes.put(file.getKey(), new Outcome((String) call(report, "status"), warnings, (Map<?, ?>) call(report, "tables")));
      }
      return outcomes;
    });
  }

  private static Object call(Object target, String accessor) throws ReflectiveOperationException {
    return target.getClass().getMethod(accessor).invoke(target);
  }

  /** ServiceLoader finds the providers through the thread's context class loader. */
  private static <T> T inContext(ClassLoader loader, Callable<T> work) throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      return work.call();
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  /** Defines the project's classes itself, and finds no class under the hidden packages for them. */
  private static final class Hiding extends ClassLoader {
    private final List<String> hidden;

    Hiding(ClassLoader parent, String... hidden) {
      super(parent);
      this.hidden = List.of(hidden);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (hidden.stream().anyMatch(name::startsWith)) {
        throw new ClassNotFoundException(name);
      }
      if (!name.startsWith("org.govdisclosure.")) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        if (c == null) {
          try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
            if (in == null) {
              throw new ClassNotFoundException(name);
            }
            byte[] bytes = in.readAllBytes();
            c = defineClass(name, bytes, 0, bytes.length);
          } catch (IOException e) {
            throw new ClassNotFoundException(name, e);
          }
        }
        return c;
      }
    }
  }
}
