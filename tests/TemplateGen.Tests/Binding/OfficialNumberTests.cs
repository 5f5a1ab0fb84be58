using Shouldly;
using TemplateGen.Templates.Binding;
using Xunit;

namespace TemplateGen.Tests.Binding;

/// <summary>Official numbers as the forms print them, read without a regular expression.</summary>
public sealed class OfficialNumberTests
{
    [Theory]
    [InlineData("一、", "", 1, "、", true)]
    [InlineData("（一）", "（", 1, "）", true)]
    [InlineData("（十二）", "（", 12, "）", true)]
    [InlineData("二十三、", "", 23, "、", true)]
    [InlineData("(4)", "(", 4, ")", false)]
    [InlineData("3.", "", 3, ".", false)]
    [InlineData("7．", "", 7, "．", false)]
    [InlineData("1、", "", 1, "、", false)]
    [InlineData("5", "", 5, "", false)]
    public void A_number_in_a_known_style_is_read_with_its_style(string text, string prefix, int value, string suffix, bool isChinese)
    {
        var number = OfficialNumber.Parse(text).ShouldNotBeNull();

        number.ShouldBe(new OfficialNumber(prefix, value, suffix, isChinese));
        number.Format(value).ShouldBe(text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("（一")]
    [InlineData("一）")]
    [InlineData("1一")]
    [InlineData("一1")]
    [InlineData("十十")]
    [InlineData("0")]
    [InlineData("100")]
    [InlineData("99999999999")]
    [InlineData("1.、")]
    [InlineData("第一")]
    public void Anything_else_is_no_official_number(string text) => OfficialNumber.Parse(text).ShouldBeNull();
}
