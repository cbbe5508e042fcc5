package org.govdisclosure.pipeline;

import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Paint;
import java.awt.Rectangle;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;

/**
 * The run report's charts, drawn by JFreeChart into inline SVG (JFreeSVG). The SVG text is rendered by the browser,
 * so its font family lists fonts with Chinese glyphs first, as the labels are often province or file names.
 */
final class ReportCharts {

  /** Fonts with Chinese glyphs, of Linux, macOS and Windows, in order of preference. */
  private static final List<String> CJK_FONTS =
      List.of("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "PingFang SC", "Microsoft YaHei");
  /**
   * The CSS font families of the page and its charts: the CJK fonts, then any sans-serif. In double quotes: JFreeSVG
   * writes them into single-quoted style attributes.
   */
  static final String FONT_FAMILIES = CJK_FONTS.stream().map(f -> '"' + f + "\", ").collect(Collectors.joining()) + "sans-serif";
  /**
   * The font JFreeChart measures labels with when it lays a chart out: the browser's font when this machine has it,
   * so that labels get the room they take on the page.
   */
  private static final String LAYOUT_FONT = CJK_FONTS.stream()
      .filter(List.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())::contains)
      .findFirst().orElse(Font.SANS_SERIF);

  private static final Color BAR = new Color(0x3b6ea5);
  private static final Color GRID = new Color(0xdddddd);
  private static final Color LOW = new Color(0xf2f7fb);
  private static final Color HIGH = new Color(0x08306b);
  private static final StandardChartTheme THEME = theme();

  private int charts;

  /** Counts per key as horizontal bars, each labelled with its count. */
  String bars(String title, Map<String, Long> counts, int width) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    counts.forEach((key, n) -> data.addValue(n, "reports", key));
    JFreeChart chart = ChartFactory.createBarChart(title, null, "reports", data, PlotOrientation.HORIZONTAL,
        false, false, false);
    THEME.apply(chart);
    CategoryPlot plot = chart.getCategoryPlot();
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setSeriesPaint(0, BAR);
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setMaximumBarWidth(0.12);
    plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    plot.getRangeAxis().setUpperMargin(0.15);
    return svg(chart, width, 90 + 28 * Math.max(counts.size(), 1));
  }

  /** Values of one measure as a histogram of ten bins; rates on [0, 1]. */
  String histogram(String title, List<Double> values, boolean rate, int width) {
    HistogramDataset data = new HistogramDataset();
    double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
    if (rate) {
      data.addSeries("reports", v, 10, 0, 1);
    } else {
      double max = values.get(values.size() - 1);
      data.addSeries("reports", v, 10, Math.min(0, values.get(0)), max > 0 ? max : 1);
    }
    JFreeChart chart = ChartFactory.createHistogram(title, null, "reports", data, PlotOrientation.VERTICAL,
        false, false, false);
    THEME.apply(chart);
    XYPlot plot = chart.getXYPlot();
    XYBarRenderer renderer = (XYBarRenderer) plot.getRenderer();
    renderer.setSeriesPaint(0, BAR);
    renderer.setDrawBarOutline(true);
    renderer.setSeriesOutlinePaint(0, Color.WHITE);
    plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    return svg(chart, width, 260);
  }

  /** A grid of counts (rows × columns) as coloured blocks, each labelled with its count; 0 is left blank. */
  String heatMap(String title, List<String> rows, List<String> columns, long[][] counts, int width) {
    DefaultXYZDataset data = new DefaultXYZDataset();
    int cells = rows.size() * columns.size();
    double[][] xyz = new double[3][cells];
    long max = 1;
    XYPlot plot = new XYPlot();
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < columns.size(); c++) {
        int i = r * columns.size() + c;
        xyz[0][i] = c;
        xyz[1][i] = r;
        xyz[2][i] = counts[r][c];
        max = Math.max(max, counts[r][c]);
        if (counts[r][c] > 0) {
          plot.addAnnotation(new XYTextAnnotation(Long.toString(counts[r][c]), c, r));
        }
      }
    }
    data.addSeries("reports", xyz);
    XYBlockRenderer renderer = new XYBlockRenderer();
    Gradient scale = new Gradient(max);
    renderer.setPaintScale(scale);
    plot.setDataset(data);
    plot.setRenderer(renderer);
    SymbolAxis x = new SymbolAxis("year", columns.toArray(String[]::new));
    SymbolAxis y = new SymbolAxis(null, rows.toArray(String[]::new));
    y.setInverted(true);
    x.setGridBandsVisible(false);
    y.setGridBandsVisible(false);
    plot.setDomainAxis(x);
    plot.setRangeAxis(y);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    JFreeChart chart = new JFreeChart(title, plot);
    chart.removeLegend();
    NumberAxis legendAxis = new NumberAxis("reports read");
    legendAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
    legend.setPosition(RectangleEdge.RIGHT);
    legend.setMargin(new RectangleInsets(10, 10, 10, 10));
    legend.setStripWidth(12);
    chart.addSubtitle(legend);
    THEME.apply(chart);
    for (Object annotation : plot.getAnnotations()) {
      XYTextAnnotation label = (XYTextAnnotation) annotation;
      label.setFont(THEME.getRegularFont());
      label.setPaint(Long.parseLong(label.getText()) > max / 2 ? Color.WHITE : Color.BLACK);
    }
    return svg(chart, width, 110 + 30 * Math.max(rows.size(), 1));
  }

  private String svg(JFreeChart chart, int width, int height) {
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    // Several charts share one page: their clip paths and gradients need ids of their own.
    g.setDefsKeyPrefix("chart" + ++charts + "-");
    g.setFontFunction(family -> FONT_FAMILIES);
    // Sizes as laid out (Java's points are pixels at 72 dpi); in points the browser would draw text a third larger.
    g.setFontSizeUnits(SVGUnits.PX);
    chart.setPadding(new RectangleInsets(4, 4, 4, 16)); // room for the last tick label of a value axis
    chart.draw(g, new Rectangle(width, height));
    return g.getSVGElement("chart" + charts);
  }

  private static StandardChartTheme theme() {
    StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
    theme.setExtraLargeFont(new Font(LAYOUT_FONT, Font.BOLD, 15));
    theme.setLargeFont(new Font(LAYOUT_FONT, Font.BOLD, 13));
    theme.setRegularFont(new Font(LAYOUT_FONT, Font.PLAIN, 12));
    theme.setSmallFont(new Font(LAYOUT_FONT, Font.PLAIN, 11));
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setDomainGridlinePaint(GRID);
    theme.setRangeGridlinePaint(GRID);
    theme.setBarPainter(new StandardBarPainter());
    theme.setXYBarPainter(new StandardXYBarPainter());
    theme.setShadowVisible(false);
    return theme;
  }

  /** From a pale to a dark blue, in proportion to the count; a count of 0 is white. */
  private record Gradient(long max) implements PaintScale {
    @Override
    public double getLowerBound() {
      return 0;
    }

    @Override
    public double getUpperBound() {
      return max;
    }

    @Override
    public Paint getPaint(double value) {
      if (value <= 0) {
        return Color.WHITE;
      }
      double t = Math.min(1, value / max);
      return new Color(mix(LOW.getRed(), HIGH.getRed(), t), mix(LOW.getGreen(), HIGH.getGreen(), t),
          mix(LOW.getBlue(), HIGH.getBlue(), t));
    }

    private static int mix(int from, int to, double t) {
      return (int) Math.round(from + (to - from) * t);
    }
  }
}
