package org.govdisclosure.extract.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.govdisclosure.extract.region.PlaceContext.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The role of each place a sentence names, as a reader takes it. */
class PlaceContextTest {

  private static final PlaceNameFinder FINDER = PlaceNameFinder.bundled();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      组织工作人员赴双阳区学习交流                         | MENTIONED
      组织工作人员赴吉林省长春市双阳区学习                  | MENTIONED MENTIONED MENTIONED
      前往双阳区、九台区考察政务公开专区                    | MENTIONED MENTIONED
      并与九台区开展结对互学                               | MENTIONED
      与相邻的庄边镇开展交流学习                            | MENTIONED
      到封丘县考察学习便民服务经验                          | MENTIONED
      新乡县来我县考察政务服务工作                          | MENTIONED
      对口支援新乡县教育事业                               | MENTIONED
      我镇东临封丘县，北与封丘县接壤                        | MENTIONED MENTIONED
      开发区位于石家庄市裕华区东部，托管裕华区部分村庄         | LOCATED LOCATED LOCATED
      地址：长春市南关区人民大街1号                          | PLAIN PLAIN
      请与获嘉县人民政府办公室联系                          | PLAIN
      向双阳区移交政务服务事项                              | PLAIN
      按照获嘉县政务公开工作要点，赴封丘县学习交流             | PLAIN MENTIONED
      地址：广州市越秀区北京路100号                          | PLAIN PLAIN MENTIONED
      北京街结合自己实际情况                                | MENTIONED
      办公地址：衢江区湖南镇湖南村湖南路26号                  | PLAIN PLAIN MENTIONED MENTIONED
      衢江区村级事务公开                                   | PLAIN
      如有疑问，可与吴裕民联系                              | MENTIONED
      请与裕民县人民政府办公室联系                          | PLAIN
      在开江县人民政府政务云综合管理系统设置重点报送栏目       | LOCATED
      在开江县人民政府门户网站公开信息                       | LOCATED
      主动公开文件及时在开江县政府公众网公开                   | LOCATED
      通过开江县人民政府公众信息网发布                        | LOCATED
      依托“重庆市沙坪坝区人民政府”网站作为政务公开的第一平台    | LOCATED LOCATED
      通过“开江县人民政府门户网站”发布                        | LOCATED
      在开江县召开政务公开培训会                            | PLAIN
      莲花山度假区商务局全年公开信息                          | MENTIONED
      莲花山区群众                                         | PLAIN
      """)
  void readsTheRoleOfEachPlace(String sentence, String roles) {
    List<PlaceMatch> matches = FINDER.find(sentence);

    assertThat(PlaceContext.roles(sentence, matches)).containsExactly(
        java.util.Arrays.stream(roles.split(" ")).map(Role::valueOf).toArray(Role[]::new));
  }
}
