package org.govdisclosure.extract;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.govdisclosure.extract.fixtures.WordGrid;
import org.govdisclosure.extract.model.Block;
import org.govdisclosure.extract.model.Document;
import org.govdisclosure.extract.model.Paragraph;
import org.govdisclosure.extract.model.Table;
import org.jsoup.nodes.Entities;

/**
 * Renders a document as Word writes it when it is saved as a web page ({@code .htm}) or as a single file web page
 * ({@code .mht}): mso styles and conditional comments, every cell's text in {@code <p class=MsoNormal><span>} with
 * {@code <o:p>} marks, a count now and then split over two spans where its runs' formatting changed, blank cells as
 * {@code <o:p>&nbsp;</o:p>}, the invisible placeholder cells Word adds where a row leaves grid columns free, and a
 * reviewer's comments: a mark ({@code [A1]}) after one count in twenty, their list at the page's end.
 */
public final class WordWebPages {

  private static final String BOUNDARY = "----=_NextPart_01DA0000.5A5A5A5A";

  private WordWebPages() {}

  /** The page, to be encoded in GBK (it declares gb2312, as Word does for simplified Chinese). */
  public static String page(Document doc, Random rnd) {
    int[] comments = {0}; // how many counts a reviewer's comment marks, numbered in order as Word numbers them
    StringBuilder b = new StringBuilder("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\"\n"
        + "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n"
        + "<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">\n<meta name=ProgId content=Word.Document>\n"
        + "<meta name=Generator content=\"Microsoft Word 15\">\n<!--[if gte mso 9]><xml>\n <o:DocumentProperties>\n  <o:Pages>6</o:Pages>\n"
        + "  <o:Words>1253</o:Words>\n </o:DocumentProperties>\n</xml><![endif]-->\n<style>\n<!--\np.MsoNormal\n\t{margin:0cm;font-size:10.5pt;}\n"
        + "-->\n</style>\n</head>\n<body lang=ZH-CN style='tab-interval:21.0pt'>\n<div class=WordSection1 style='layout-grid:15.6pt'>\n");
    for (Block block : doc.blocks()) {
      if (block instanceof Paragraph p) {
        b.append("<p class=MsoNormal style='text-indent:32.0pt'><span style='font-size:16.0pt;font-family:仿宋_GB2312'>")
            .append(Entities.escape(p.raw())).append("</span><span lang=EN-US style='font-size:16.0pt'><o:p></o:p></span></p>\n");
      } else if (block instanceof Table t) {
        table(b, WordGrid.of(t), rnd, comments);
      }
    }
    b.append("</div>\n");
    if (comments[0] > 0) {
      b.append("<div style='mso-element:comment-list'><![if !supportAnnotations]><hr class=msocomoff align=left size=1 width=\"33%\"><![endif]>\n");
      for (int n = 1; n <= comments[0]; n++) {
        b.append("<div style='mso-element:comment'><p class=MsoCommentText><span class=MsoCommentReference><span lang=EN-US>")
            .append("<![if !supportAnnotations]><a href=\"#_msoanchor_").append(n).append("\" class=msocomoff>[A").append(n)
            .append("]</a><![endif]></span></span>请核对：此处原填").append(n + 2).append("件</p></div>\n");
      }
      b.append("</div>\n");
    }
    return b.append("</body>\n</html>\n").toString();
  }

  /** Word's single file web page: the page's bytes quoted-printable in a multipart/related MIME file. */
  public static byte[] singleFile(byte[] page) {
    StringBuilder b = new StringBuilder("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"" + BOUNDARY + "\"\r\n\r\n"
        + "This document is a Single File Web Page, also known as a Web Archive file.\r\n\r\n--" + BOUNDARY + "\r\n"
        + "Content-Location: file:///C:/D0A1B2C3/report.htm\r\nContent-Transfer-Encoding: quoted-printable\r\n"
        + "Content-Type: text/html; charset=\"gb2312\"\r\n\r\n");
    quotedPrintable(b, page);
    b.append("\r\n\r\n--").append(BOUNDARY).append("\r\nContent-Location: file:///C:/D0A1B2C3/report.files/filelist.xml\r\n")
        .append("Content-Transfer-Encoding: quoted-printable\r\nContent-Type: text/xml; charset=\"utf-8\"\r\n\r\n")
        .append("<xml xmlns:o=3D\"urn:schemas-microsoft-com:office:office\">\r\n <o:MainFile HRef=3D\"../report.htm\"/>\r\n</xml>\r\n--")
        .append(BOUNDARY).append("--\r\n");
    return b.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static void table(StringBuilder b, List<List<WordGrid.Placed>> rows, Random rnd, int[] comments) {
    b.append("<div align=center>\n<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;"
        + "border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184'>\n");
    for (int r = 0; r < rows.size(); r++) {
      b.append(" <tr style='mso-yfti-irow:").append(r).append(";height:20.0pt'>\n");
      for (WordGrid.Placed p : rows.get(r)) {
        if (p.merge() != WordGrid.Merge.CONTINUE) {
          int down = WordGrid.rowsCovered(rows, r, p);
          b.append("  <td width=").append(56 * p.span()).append(p.span() > 1 ? " colspan=" + p.span() : "")
              .append(down > 1 ? " rowspan=" + down : "")
              .append(" valign=top style='border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>\n");
          for (String line : p.text().split("\n", -1)) {
            b.append("  <p class=MsoNormal align=center style='text-align:center'>").append(runs(line, rnd));
            if (!line.isBlank() && Character.isDigit(line.charAt(0)) && rnd.nextInt(20) == 0) {
              int n = ++comments[0];
              b.append("<span class=MsoCommentReference><span lang=EN-US style='font-size:9.0pt'><![if !supportAnnotations]><a class=msocomanchor ")
                  .append("id=\"_anchor_").append(n).append("\" href=\"#_msocom_").append(n).append("\" name=\"_msoanchor_").append(n)
                  .append("\">[A").append(n).append("]</a><![endif]><span style='mso-special-character:comment'>&nbsp;</span></span></span>");
            }
            b.append("</p>\n");
          }
          b.append("  </td>\n");
        }
      }
      if (rnd.nextInt(4) == 0) {
        b.append("  <td style='mso-cell-special:placeholder;border:none;padding:0cm 0cm 0cm 0cm' width=0><p class='MsoNormal'>&nbsp;</td>\n");
      }
      b.append(" </tr>\n");
    }
    b.append(" <![if !supportMisalignedColumns]>\n <tr height=0>\n  <td width=56 style='border:none'></td>\n </tr>\n <![endif]>\n</table>\n</div>\n");
  }

  /** A cell line's runs: a count of several digits now and then in two spans, a blank line as Word's marked space. */
  private static String runs(String text, Random rnd) {
    if (text.isBlank()) {
      return "<span lang=EN-US style='font-size:10.5pt'><o:p>&nbsp;</o:p></span>";
    }
    String escaped = Entities.escape(text);
    String span = "<span lang=EN-US style='font-size:10.5pt;font-family:宋体'>";
    if (text.length() > 1 && text.chars().allMatch(Character::isDigit) && rnd.nextBoolean()) {
      int cut = 1 + rnd.nextInt(text.length() - 1);
      return span + text.substring(0, cut) + "</span><span lang=EN-US style='font-size:10.5pt;mso-bidi-font-weight:bold'>"
          + text.substring(cut) + "<o:p></o:p></span>";
    }
    return span + escaped + "<o:p></o:p></span>";
  }

  /** Quoted-printable with Word's soft line breaks (76 characters a line at most). */
  private static void quotedPrintable(StringBuilder b, byte[] bytes) {
    int line = 0;
    for (byte x : bytes) {
      int c = x & 0xFF;
      String enc = c == '\n' ? "\r\n" : c == '\r' ? "" : c >= 32 && c <= 126 && c != '=' ? String.valueOf((char) c) : String.format("=%02X", c);
      if (c != '\n' && line + enc.length() > 75) {
        b.append("=\r\n");
        line = 0;
      }
      b.append(enc);
      line = c == '\n' ? 0 : line + enc.length();
    }
  }
}
