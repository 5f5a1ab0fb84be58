namespace TemplateGen.Reading.Text;

/// <summary>
/// Traditional characters that occur in the headings and labels of the report formats and in the
/// published reports, with their simplified forms. Labels themselves come from the generated metadata;
/// this is only the character mapping that lets a traditional-character report match them.
/// </summary>
internal static class TraditionalChinese
{
    private const string Traditional = "總體開請數據關係為於項與處結轉門權護務類過執詢現製補確訪報訴複議審維糾經構機業組織規範許罰強費廢發號辦內屬國險穩應實時統計記舉認獲資繳納況這區種決對證書劃採購額萬單條說網際兩級縣鄉鎮會員監質節擴頁檔圍環導顧聯繫廣東遼寧蘇閩贛魯粵瓊貴雲陝臺灣龍陽楊漢義當無產預將進適幾點積極團歷傳專問題視覽擔營標準誌達續運價陳線傷備齊濟邊顯動錄態";
    private const string Simplified = "总体开请数据关系为于项与处结转门权护务类过执询现制补确访报诉复议审维纠经构机业组织规范许罚强费废发号办内属国险稳应实时统计记举认获资缴纳况这区种决对证书划采购额万单条说网际两级县乡镇会员监质节扩页档围环导顾联系广东辽宁苏闽赣鲁粤琼贵云陕台湾龙阳杨汉义当无产预将进适几点积极团历传专问题视览担营标准志达续运价陈线伤备齐济边显动录态";

    /// <summary>The CJK Unified Ideographs block, where every mapped character lies: a table lookup per character, no hashing.</summary>
    private const char First = '\u4E00';
    private const char Last = '\u9FFF';

    private static readonly char[] Map = Build();

    public static char ToSimplified(char c) => c is >= First and <= Last ? Map[c - First] : c;

    private static char[] Build()
    {
        var map = new char[Last - First + 1];
        for (var i = 0; i < map.Length; i++)
        {
            map[i] = (char)(First + i);
        }

        for (var i = 0; i < Traditional.Length; i++)
        {
            map[Traditional[i] - First] = Simplified[i];
        }

        return map;
    }
}
