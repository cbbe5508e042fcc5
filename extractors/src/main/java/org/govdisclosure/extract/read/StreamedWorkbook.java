package org.govdisclosure.extract.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * The visible sheets of a plain Excel 2007+ workbook, read by streaming its parts' XML once, as POI's
 * {@code XSSFWorkbook} would give them to {@link SheetReader}: POI builds every part as a tree of XMLBeans objects
 * first, eight times the CPU of the rest of reading a statistics workbook. Only what a statistics sheet holds is read
 * here: shared and inline strings, numbers in a number format, merged regions, hidden sheets, rows and columns. A
 * workbook with anything else (a formula, a boolean or error cell, a date, a scaled number format, an escaped
 * character, a part where POI would look elsewhere) is {@link Unsupported}, and the caller reads it with POI: this
 * reading gives the very texts POI's would, or none.
 */
final class StreamedWorkbook {

  /** The workbook holds something this reading does not follow; POI reads it. */
  static final class Unsupported extends Exception {
    Unsupported(String what) {
      super(what, null, false, false);
    }
  }

  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String OFFICE_DOCUMENT = RELATIONSHIPS + "/officeDocument";
  private static final String WORKSHEET = RELATIONSHIPS + "/worksheet";
  private static final String SHARED_STRINGS = RELATIONSHIPS + "/sharedStrings";
  private static final String STYLES = RELATIONSHIPS + "/styles";
  /** A comma after a number's last digit placeholder scales it by a thousand: POI formats those otherwise. */
  private static final Pattern SCALING_COMMA = Pattern.compile(",(?![#0])");

  private final XMLInputFactory xml;
  private final DataFormatter formatter;

  StreamedWorkbook(DataFormatter formatter) {
    this.formatter = formatter;
    xml = JdkStax.hardened(true);
  }

  /** The visible sheets, in the workbook's order. */
  List<SheetGrid> visibleSheets(byte[] bytes) throws Unsupported {
    try {
      Map<String, byte[]> parts = parts(bytes);
      if (!parts.containsKey("[Content_Types].xml")) {
        throw new Unsupported("no content types");
      }
      String workbook = target(parts, "", relationships(parts, ""), OFFICE_DOCUMENT, null);
      String folder = workbook.substring(0, workbook.lastIndexOf('/') + 1);
      Map<String, String[]> links = relationships(parts, workbook);
      List<String> strings = sharedStrings(parts, target(parts, folder, links, SHARED_STRINGS, ""));
      Styles styles = styles(parts, target(parts, folder, links, STYLES, null));
      List<SheetGrid> sheets = new ArrayList<>();
      boolean[] date1904 = new boolean[1];
      for (String[] sheet : sheets(parts.get(workbook), date1904)) {
        String[] link = links.get(sheet[0]);
        if (link == null || !link[0].equals(WORKSHEET)) {
          throw new Unsupported("sheet of another kind");
        }
        if (sheet[1] != null && !sheet[1].equals("visible") && !sheet[1].equals("hidden") && !sheet[1].equals("veryHidden")) {
          throw new Unsupported("sheet state " + sheet[1]);
        }
        if (sheet[1] == null || sheet[1].equals("visible")) {
          sheets.add(sheet(parts.get(resolve(parts, folder, link[1])), strings, styles, date1904[0]));
        }
      }
      return sheets;
    } catch (IOException | XMLStreamException | RuntimeException e) {
      throw new Unsupported("unreadable: " + e);
    }
  }

  private static Map<String, byte[]> parts(byte[] bytes) throws IOException {
    Map<String, byte[]> parts = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (parts.put(e.getName(), zip.readAllBytes()) != null) {
          throw new IOException("part twice");
        }
      }
    }
    return parts;
  }

  /** A part's relationships: type and target by id. */
  private Map<String, String[]> relationships(Map<String, byte[]> parts, String part) throws XMLStreamException, Unsupported {
    int slash = part.lastIndexOf('/');
    String name = part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    Map<String, String[]> links = new HashMap<>();
    XMLStreamReader r = reader(parts.get(name));
    while (r.hasNext()) {
      if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")) {
        if (r.getAttributeValue(null, "TargetMode") != null) {
          throw new Unsupported("external target");
        }
        links.put(r.getAttributeValue(null, "Id"), new String[] {r.getAttributeValue(null, "Type"), r.getAttributeValue(null, "Target")});
      }
    }
    return links;
  }

  /** The one part linked by {@code type}, or {@code none} when no part is (null: one must be). */
  private static String target(Map<String, byte[]> parts, String folder, Map<String, String[]> links, String type, String none)
      throws Unsupported {
    String found = none;
    int count = 0;
    for (String[] link : links.values()) {
      if (link[0].equals(type)) {
        found = resolve(parts, folder, link[1]);
        count++;
      }
    }
    if (count > 1 || found == null) {
      throw new Unsupported(count > 1 ? "several parts of a kind" : "missing part");
    }
    return found;
  }

  private static String resolve(Map<String, byte[]> parts, String folder, String target) throws Unsupported {
    String name = target.startsWith("/") ? target.substring(1) : folder + target;
    if (name.contains("..") || name.contains("./") || !parts.containsKey(name)) {
      throw new Unsupported("part not found");
    }
    return name;
  }

  /** Each sheet's relationship id and state, in order; whether dates count from 1904. */
  private List<String[]> sheets(byte[] workbook, boolean[] date1904) throws XMLStreamException, Unsupported {
    List<String[]> sheets = new ArrayList<>();
    XMLStreamReader r = reader(workbook);
    while (r.hasNext()) {
      if (r.next() == XMLStreamConstants.START_ELEMENT && !skippedExtensions(r)) {
        if (r.getLocalName().equals("workbookPr")) {
          date1904[0] = bool(r.getAttributeValue(null, "date1904"));
        } else if (r.getLocalName().equals("sheet")) {
          sheets.add(new String[] {r.getAttributeValue(RELATIONSHIPS, "id"), r.getAttributeValue(null, "state")});
        }
      }
    }
    return sheets;
  }

  private List<String> sharedStrings(Map<String, byte[]> parts, String part) throws XMLStreamException, Unsupported {
    List<String> strings = new ArrayList<>();
    if (part.isEmpty()) {
      return strings;
    }
    XMLStreamReader r = reader(parts.get(part));
    while (r.hasNext()) {
      if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("si")) {
        strings.add(richText(r));
      }
    }
    return strings;
  }

  /**
   * The text of a string item ({@code si} or {@code is}), as POI gives it: its runs' texts joined, or its one text,
   * without the phonetic guides.
   */
  private static String richText(XMLStreamReader r) throws XMLStreamException, Unsupported {
    String element = r.getLocalName();
    StringBuilder joined = new StringBuilder();
    String plain = null;
    int runs = 0;
    int runTexts = 0;
    int depth = 0;
    String inside = null;
    while (true) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        main(r);
        depth++;
        String name = r.getLocalName();
        if (depth == 1) {
          inside = name;
          runs += name.equals("r") ? 1 : 0;
        }
        if (name.equals("t") && (depth == 1 || depth == 2 && "r".equals(inside))) {
          String text = r.getElementText();
          depth--;
          if (text.contains("_x")) {
            throw new Unsupported("escaped character");
          }
          if (depth == 0) {
            plain = text;
          } else {
            joined.append(text);
            runTexts++;
          }
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        if (depth-- == 0) {
          if (!r.getLocalName().equals(element)) {
            throw new Unsupported("malformed string");
          }
          break;
        }
      }
    }
    if (runs > 0) {
      if (runTexts != runs) {
        throw new Unsupported("run without text");
      }
      return joined.toString();
    }
    if (plain == null) {
      throw new Unsupported("string without text");
    }
    return plain;
  }

  /** Each cell format's number format: its id and its code. */
  private record Styles(int[] formatIds, Map<Integer, String> formats) {}

  private Styles styles(Map<String, byte[]> parts, String part) throws XMLStreamException, Unsupported {
    List<Integer> ids = new ArrayList<>();
    Map<Integer, String> formats = new HashMap<>();
    XMLStreamReader r = reader(parts.get(part));
    // the list being read: the workbook's number formats and cell formats, not those of differential formats (dxf)
    String list = "";
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT && !skippedExtensions(r)) {
        switch (r.getLocalName()) {
          case "numFmts", "cellXfs" -> list = r.getLocalName();
          case "numFmt" -> {
            if (list.equals("numFmts")) {
              formats.put(Integer.parseInt(r.getAttributeValue(null, "numFmtId")), r.getAttributeValue(null, "formatCode"));
            }
          }
          case "xf" -> {
            if (list.equals("cellXfs")) {
              String id = r.getAttributeValue(null, "numFmtId");
              ids.add(id == null ? 0 : Integer.parseInt(id));
            }
          }
          default -> { }
        }
      } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals(list)) {
        list = "";
      }
    }
    if (ids.isEmpty()) {
      throw new Unsupported("no cell formats");
    }
    return new Styles(ids.stream().mapToInt(Integer::intValue).toArray(), formats);
  }

  private SheetGrid sheet(byte[] part, List<String> strings, Styles styles, boolean date1904) throws XMLStreamException, Unsupported {
    NavigableMap<Integer, SheetGrid.Row> rows = new TreeMap<>();
    List<CellRangeAddress> merged = new ArrayList<>();
    List<int[]> hidden = new ArrayList<>();
    int colsElements = 0;
    XMLStreamReader r = reader(part);
    while (r.hasNext()) {
      if (r.next() != XMLStreamConstants.START_ELEMENT || skippedExtensions(r)) {
        continue;
      }
      switch (r.getLocalName()) {
        case "cols" -> colsElements++;
        case "col" -> hidden.add(new int[] {Integer.parseInt(r.getAttributeValue(null, "min")) - 1,
            Integer.parseInt(r.getAttributeValue(null, "max")) - 1, bool(r.getAttributeValue(null, "hidden")) ? 1 : 0});
        case "mergeCell" -> merged.add(CellRangeAddress.valueOf(r.getAttributeValue(null, "ref")));
        case "row" -> {
          String number = r.getAttributeValue(null, "r");
          if (number == null) {
            throw new Unsupported("row without its number");
          }
          int index = Integer.parseInt(number) - 1;
          if (!rows.isEmpty() && index <= rows.lastKey()) {
            throw new Unsupported("rows out of order");
          }
          rows.put(index, new SheetGrid.Row(bool(r.getAttributeValue(null, "hidden")), cells(r, strings, styles, date1904)));
        }
        case "c", "f", "v", "is" -> throw new Unsupported("cell outside a row");
        default -> { }
      }
    }
    List<int[]> hiddenColumns = hiddenRanges(hidden, colsElements);
    return new SheetGrid(rows, rows.isEmpty() ? -1 : rows.firstKey(), rows.isEmpty() ? -1 : rows.lastKey(), merged, c -> {
      for (int[] range : hiddenColumns) {
        if (c >= range[0] && c <= range[1]) {
          return true;
        }
      }
      return false;
    });
  }

  /** The hidden columns' ranges; columns described twice (which POI first splits and merges) are not followed. */
  private static List<int[]> hiddenRanges(List<int[]> columns, int colsElements) throws Unsupported {
    if (colsElements > 1) {
      throw new Unsupported("several column lists");
    }
    List<int[]> sorted = new ArrayList<>(columns);
    sorted.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<int[]> hidden = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      if (sorted.get(i)[1] < sorted.get(i)[0] || i > 0 && sorted.get(i)[0] <= sorted.get(i - 1)[1]) {
        throw new Unsupported("overlapping columns");
      }
      if (sorted.get(i)[2] == 1) {
        hidden.add(sorted.get(i));
      }
    }
    return hidden;
  }

  /** The cells of the row the reader stands on, read up to its end. */
  private NavigableMap<Integer, String> cells(XMLStreamReader r, List<String> strings, Styles styles, boolean date1904)
      throws XMLStreamException, Unsupported {
    NavigableMap<Integer, String> texts = new TreeMap<>();
    while (true) {
      int event = r.next();
      if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("row")) {
        return texts;
      }
      if (event != XMLStreamConstants.START_ELEMENT || skippedExtensions(r)) {
        continue;
      }
      if (!r.getLocalName().equals("c")) {
        throw new Unsupported("row content other than cells");
      }
      String reference = r.getAttributeValue(null, "r");
      if (reference == null) {
        throw new Unsupported("cell without its reference");
      }
      int column = new CellReference(reference).getCol();
      if (!texts.isEmpty() && column <= texts.lastKey()) {
        throw new Unsupported("cells out of order");
      }
      texts.put(column, cell(r, strings, styles, date1904));
    }
  }

  /** The text of the cell the reader stands on, as POI's {@code DataFormatter} displays it; read up to its end. */
  private String cell(XMLStreamReader r, List<String> strings, Styles styles, boolean date1904) throws XMLStreamException, Unsupported {
    String type = r.getAttributeValue(null, "t");
    String style = r.getAttributeValue(null, "s");
    String value = null;
    String inline = null;
    while (true) {
      int event = r.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        break;
      }
      if (event != XMLStreamConstants.START_ELEMENT || skippedExtensions(r)) {
        continue;
      }
      switch (r.getLocalName()) {
        case "v" -> value = r.getElementText();
        case "is" -> inline = richText(r);
        default -> throw new Unsupported("cell with " + r.getLocalName());
      }
    }
    if (type == null || type.equals("n")) {
      return inline != null ? unsupported("number with text") : value == null ? "" : number(value, style == null ? 0 : Integer.parseInt(style), styles, date1904);
    }
    return switch (type) {
      case "s" -> inline != null ? unsupported("shared string with text") : value == null ? "" : strings.get(Integer.parseInt(value));
      case "inlineStr" -> value != null ? unsupported("inline string with a value") : inline == null ? "" : inline;
      default -> unsupported("cell of type " + type);
    };
  }

  private static String unsupported(String what) throws Unsupported {
    throw new Unsupported(what);
  }

  /**
   * A number in its cell format's number format. {@code DataFormatter.formatCellValue} formats the number's shortest
   * decimal, {@code formatRawCellContents} Excel's fifteen digits: where the two differ, or the format is a date's or
   * scales, POI reads the workbook.
   */
  private String number(String value, int style, Styles styles, boolean date1904) throws Unsupported {
    double number = Double.parseDouble(value);
    int id = styles.formatIds()[style];
    if (id > Short.MAX_VALUE) {
      throw new Unsupported("number format id");
    }
    String format = styles.formats().get(id);
    format = format != null ? format : BuiltinFormats.getBuiltinFormat(id);
    if (format == null || DateUtil.isADateFormat(id, format) || SCALING_COMMA.matcher(format).find()) {
      throw new Unsupported("number format " + format);
    }
    String excel = NumberToTextConverter.toText(number);
    if (excel.indexOf('E') >= 0 || new BigDecimal(excel).compareTo(BigDecimal.valueOf(number)) != 0) {
      throw new Unsupported("number beyond fifteen digits");
    }
    String text = formatter.formatRawCellContents(number, id, format, date1904);
    if (text.indexOf('E') >= 0) {
      throw new Unsupported("number in scientific notation");
    }
    return text;
  }

  private XMLStreamReader reader(byte[] part) throws XMLStreamException, Unsupported {
    if (part == null) {
      throw new Unsupported("part not found");
    }
    return xml.createXMLStreamReader(new ByteArrayInputStream(part));
  }

  /**
   * Whether the reader stood on what an application adds for itself, which POI keeps unread (an extension list,
   * {@code extLst}, or alternative content, {@code mc:AlternateContent}: what it holds is no child of the element
   * around it for POI), now skipped to its end; any other element must be SpreadsheetML's.
   */
  private static boolean skippedExtensions(XMLStreamReader r) throws XMLStreamException, Unsupported {
    if (!MARKUP_COMPATIBILITY.equals(r.getNamespaceURI())) {
      main(r);
      if (!r.getLocalName().equals("extLst")) {
        return false;
      }
    }
    for (int depth = 1; depth > 0; ) {
      int event = r.next();
      depth += event == XMLStreamConstants.START_ELEMENT ? 1 : event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
    }
    return true;
  }

  /** SpreadsheetML under another namespace (the strict one) names its parts and values otherwise. */
  private static void main(XMLStreamReader r) throws Unsupported {
    if (!MAIN.equals(r.getNamespaceURI())) {
      throw new Unsupported("element of namespace " + r.getNamespaceURI());
    }
  }

  /** An XML Schema boolean, as XMLBeans reads one (spaces around it collapsed); absent, false. */
  private static boolean bool(String value) throws Unsupported {
    String v = value == null ? "false" : value.strip();
    if (v.equals("1") || v.equals("true")) {
      return true;
    }
    if (v.equals("0") || v.equals("false")) {
      return false;
    }
    throw new Unsupported("boolean " + value);
  }
}
