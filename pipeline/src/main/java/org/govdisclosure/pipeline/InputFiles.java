package org.govdisclosure.pipeline;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files that the {@code --input} patterns name, each once: a folder stands for every file beneath it, a
 * glob ({@code *} within a folder, {@code **} across folders) for the files it matches. Folders are walked
 * following symbolic links but each real folder once, so a link back to an ancestor cannot loop; a file reached by
 * several patterns or links is listed once, under its smallest path. Entries that match but cannot be read as a
 * file (a dangling link, a FIFO or device, a folder that cannot be listed) are listed as {@link Entry#problem()}s
 * so that they get a {@code reports} row instead of vanishing; nothing is ever opened here. Remote patterns
 * ({@code hdfs://}, {@code s3://}) are matched through Beam's file systems, where a folder is every key beneath it.
 */
final class InputFiles {

  private static final Logger LOG = LoggerFactory.getLogger(InputFiles.class);
  private static final Pattern GLOB_CHARS = Pattern.compile("[*?\\[{]");

  /**
   * One matched entry.
   *
   * @param path the absolute path as matched (not resolved through links)
   * @param problem null for a regular file; otherwise the {@code unreadable} reason code
   * @param detail what went wrong, for a problem
   */
  record Entry(String path, long sizeBytes, long lastModifiedMillis, String problem, String detail) implements Serializable {

    boolean readable() {
      return problem == null;
    }
  }

  /** What the patterns matched, and the patterns (globs) that matched nothing. */
  record Listing(List<Entry> entries, List<String> emptyGlobs) {}

  private InputFiles() {}

  static boolean isGlob(String pattern) {
    return GLOB_CHARS.matcher(pattern).find();
  }

  /** Where the first wildcard of a pattern is, or its length if it has none. */
  static int globStart(String pattern) {
    Matcher wildcard = GLOB_CHARS.matcher(pattern);
    return wildcard.find() ? wildcard.start() : pattern.length();
  }

  /** Local inputs are paths without a scheme; others ({@code hdfs://}, {@code s3://}) are read through Beam's file systems. */
  static boolean isLocal(String input) {
    return !input.contains("://");
  }

  /**
   * Lists the files of absolute patterns, local or remote.
   *
   * @throws IllegalArgumentException when a pattern without wildcards names nothing: a mistyped path is an error,
   *     whereas a glob that matches nothing is allowed (and reported in {@link Listing#emptyGlobs()})
   */
  static Listing list(List<String> patterns) throws IOException {
    TreeMap<String, Entry> byPath = new TreeMap<>();
    List<String> emptyGlobs = new ArrayList<>();
    for (String pattern : patterns) {
      if (!isLocal(pattern)) {
        if (listRemote(pattern, byPath) == 0) {
          emptyGlobs.add(pattern);
        }
        continue;
      }
      Path literal = Path.of(pattern);
      if (!isGlob(pattern)) {
        if (!Files.exists(literal, LinkOption.NOFOLLOW_LINKS)) {
          throw new IllegalArgumentException("--input " + pattern + " does not exist");
        }
        if (Files.isDirectory(literal)) {
          walk(literal, Integer.MAX_VALUE, path -> true, byPath);
        } else {
          entry(literal, byPath);
        }
      } else {
        Path base = base(pattern);
        PathMatcher glob = literal.getFileSystem().getPathMatcher("glob:" + pattern);
        int depth = pattern.contains("**") ? Integer.MAX_VALUE : depth(pattern) - base.getNameCount();
        if (!Files.isDirectory(base) || walk(base, depth, glob, byPath) == 0) {
          emptyGlobs.add(pattern);
        }
      }
    }
    return new Listing(onePerRealFile(byPath), emptyGlobs);
  }

  /**
   * Adds the files a remote pattern matches through Beam's file systems; returns how many. A path without wildcards
   * is a folder standing for every file beneath it (object stores have no folders, only key prefixes) or else a file.
   */
  private static int listRemote(String pattern, TreeMap<String, Entry> byPath) throws IOException {
    List<MatchResult.Metadata> files = isGlob(pattern) ? StoreFiles.match(pattern) : StoreFiles.under(StoreFiles.folder(pattern));
    if (files.isEmpty() && !isGlob(pattern)) {
      files = StoreFiles.match(pattern);
      if (files.isEmpty()) {
        throw new IllegalArgumentException("--input " + pattern + " does not exist");
      }
    }
    for (MatchResult.Metadata file : files) {
      String path = file.resourceId().toString();
      byPath.put(path, new Entry(path, file.sizeBytes(), file.lastModifiedMillis(), null, null));
    }
    return files.size();
  }

  /** The folder a glob starts from: its longest leading part without wildcards. */
  static Path base(String pattern) {
    Path path = Path.of(pattern);
    Path base = path.getRoot();
    for (Path part : path) {
      if (isGlob(part.toString())) {
        break;
      }
      base = base == null ? part : base.resolve(part);
    }
    return base;
  }

  private static int depth(String pattern) {
    return Path.of(pattern).getNameCount();
  }

  /** Adds the entries under {@code base} that {@code matches} accepts; returns how many it found. */
  private static int walk(Path base, int maxDepth, PathMatcher matches, TreeMap<String, Entry> byPath) throws IOException {
    Set<Path> seenFolders = new HashSet<>();
    int[] found = {0};
    Files.walkFileTree(base, EnumSet.of(FileVisitOption.FOLLOW_LINKS), maxDepth, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        // Two links to one folder would list it twice, and a link to an ancestor forever.
        try {
          return seenFolders.add(dir.toRealPath()) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
        } catch (IOException e) {
          byPath.put(dir.toString(), problem(dir, e));
          return FileVisitResult.SKIP_SUBTREE;
        }
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (matches.matches(file)) {
          byPath.put(file.toString(), classify(file, attrs));
          found[0]++;
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        if (e instanceof FileSystemLoopException) {
          LOG.warn("Skipped {}: a link back to a folder already being read", file);
        } else if (matches.matches(file) || Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
          byPath.put(file.toString(), problem(file, e));
          found[0]++;
        }
        return FileVisitResult.CONTINUE;
      }
    });
    return found[0];
  }

  private static void entry(Path file, TreeMap<String, Entry> byPath) throws IOException {
    try {
      byPath.put(file.toString(), classify(file, Files.readAttributes(file, BasicFileAttributes.class)));
    } catch (IOException e) {
      byPath.put(file.toString(), problem(file, e));
    }
  }

  /** With links followed, a link whose target is missing still shows up, with the link's own attributes. */
  static Entry classify(Path file, BasicFileAttributes attrs) {
    String path = file.toString();
    if (attrs.isRegularFile()) {
      return new Entry(path, attrs.size(), attrs.lastModifiedTime().toMillis(), null, null);
    }
    if (attrs.isSymbolicLink()) {
      return new Entry(path, 0, 0, "dangling_symlink", "a symbolic link whose target does not exist; not read");
    }
    return new Entry(path, 0, 0, "not_a_regular_file", "a FIFO, socket or device, not a file; not read");
  }

  static Entry problem(Path file, IOException e) {
    String code = e instanceof AccessDeniedException ? "permission_denied" : "io_error";
    String what = Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS) ? "folder could not be listed" : "could not be read";
    return new Entry(file.toString(), 0, 0, code, what + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
  }

  /** A file reached under several paths (overlapping patterns, links) is kept once, under its smallest path. */
  private static List<Entry> onePerRealFile(TreeMap<String, Entry> byPath) {
    Set<String> seen = new HashSet<>();
    List<Entry> entries = new ArrayList<>();
    for (Entry entry : byPath.values()) {
      if (!entry.readable() || seen.add(realPath(entry))) {
        entries.add(entry);
      }
    }
    return entries;
  }

  /** A remote file has one name: remote stores have no links. */
  private static String realPath(Entry entry) {
    if (!isLocal(entry.path())) {
      return entry.path();
    }
    Path path = Path.of(entry.path());
    try {
      return path.toRealPath().toString();
    } catch (IOException e) {
      return path.toString();
    }
  }
}
