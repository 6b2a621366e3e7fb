using Fairwatch.Events;

namespace Fairwatch.Tests.Events;

public sealed class EventTimesTests
{
    [Fact]
    public void A_local_time_becomes_utc_with_the_offset_in_force_that_day_in_winter_and_in_summer()
    {
        Assert.Equal(new DateTime(2026, 1, 15, 1, 0, 0, DateTimeKind.Utc), EventTimes.ToUtc(new DateOnly(2026, 1, 14), new TimeOnly(19, 0), "America/Chicago", out var winter));
        Assert.Equal(LocalTimeProblem.None, winter);
        Assert.Equal(new DateTime(2026, 7, 15, 0, 0, 0, DateTimeKind.Utc), EventTimes.ToUtc(new DateOnly(2026, 7, 14), new TimeOnly(19, 0), "America/Chicago", out _));
        // Phoenix keeps standard time all year.
        Assert.Equal(new DateTime(2026, 7, 15, 2, 0, 0, DateTimeKind.Utc), EventTimes.ToUtc(new DateOnly(2026, 7, 14), new TimeOnly(19, 0), "America/Phoenix", out _));
    }

    [Fact]
    public void A_time_the_clocks_skip_in_spring_is_refused_not_moved()
    {
        // On 8 March 2026 Chicago's clocks go from 2:00 straight to 3:00.
        Assert.Null(EventTimes.ToUtc(new DateOnly(2026, 3, 8), new TimeOnly(2, 30), "America/Chicago", out var problem));
        Assert.Equal(LocalTimeProblem.Skipped, problem);
        Assert.Equal(new DateTime(2026, 3, 8, 8, 0, 0, DateTimeKind.Utc), EventTimes.ToUtc(new DateOnly(2026, 3, 8), new TimeOnly(3, 0), "America/Chicago", out _));
    }

    [Fact]
    public void A_time_that_happens_twice_in_autumn_is_taken_the_first_time_round()
    {
        // On 1 November 2026 Chicago's clocks go back from 2:00 to 1:00; 1:30 happens at 6:30 and 7:30 UTC.
        Assert.Equal(new DateTime(2026, 11, 1, 6, 30, 0, DateTimeKind.Utc), EventTimes.ToUtc(new DateOnly(2026, 11, 1), new TimeOnly(1, 30), "America/Chicago", out var problem));
        Assert.Equal(LocalTimeProblem.None, problem);

        // An event from 0:30 to 3:00 that night lasts three and a half hours.
        var starts = EventTimes.ToUtc(new DateOnly(2026, 11, 1), new TimeOnly(0, 30), "America/Chicago", out _)!.Value;
        var ends = EventTimes.ToUtc(new DateOnly(2026, 11, 1), new TimeOnly(3, 0), "America/Chicago", out _)!.Value;
        Assert.Equal(TimeSpan.FromHours(3.5), ends - starts);
    }

    [Fact]
    public void Events_are_described_in_their_own_zone_with_its_abbreviation_offset_and_city()
    {
        var winterStart = new DateTime(2026, 11, 13, 1, 0, 0, DateTimeKind.Utc);
        var winter = EventTimes.Describe(winterStart, winterStart.AddHours(2), "America/Chicago", "en");
        Assert.Equal("Thursday 12 November 2026", winter.Date);
        Assert.Equal("7:00 PM – 9:00 PM", winter.Times);
        Assert.Equal("CST (UTC−6, Chicago)", winter.Zone);
        Assert.Equal("2026-11-12T19:00-06:00", winter.StartIso);
        Assert.Equal("Thursday 12 November 2026, 7:00 PM – 9:00 PM CST (UTC−6, Chicago)", winter.Full);

        var summerStart = new DateTime(2026, 7, 15, 0, 0, 0, DateTimeKind.Utc);
        var summer = EventTimes.Describe(summerStart, summerStart.AddHours(2), "America/Chicago", "es");
        Assert.Equal("martes 14 de julio de 2026", summer.Date);
        Assert.Equal("19:00 – 21:00", summer.Times);
        Assert.Equal("CDT (UTC−5, Chicago)", summer.Zone);
        Assert.Equal("2026-07-14T19:00-05:00", summer.StartIso);
    }

    [Theory]
    [InlineData("America/Bogota", "(UTC−5, Bogota)")]
    [InlineData("Asia/Kolkata", "IST (UTC+5:30, Kolkata)")]
    [InlineData("America/Argentina/Buenos_Aires", "(UTC−3, Buenos Aires)")]
    [InlineData("Etc/UTC", "UTC (UTC+0)")]
    public void Zones_without_letters_of_their_own_show_only_their_offset(string zone, string expected)
    {
        var start = new DateTime(2026, 2, 1, 18, 0, 0, DateTimeKind.Utc);
        Assert.Equal(expected, EventTimes.Describe(start, start.AddHours(1), zone, "en").Zone);
    }

    [Fact]
    public void An_event_ending_on_another_local_day_says_which()
    {
        var start = new DateTime(2026, 2, 1, 4, 0, 0, DateTimeKind.Utc);
        var when = EventTimes.Describe(start, start.AddHours(3), "America/New_York", "en");
        Assert.Equal("11:00 PM – 2:00 AM (Sunday 1 February 2026)", when.Times);
    }

    [Fact]
    public void Local_times_come_back_as_they_were_entered()
    {
        var utc = EventTimes.ToUtc(new DateOnly(2026, 10, 3), new TimeOnly(18, 45), "America/Los_Angeles", out _)!.Value;
        Assert.Equal((new DateOnly(2026, 10, 3), new TimeOnly(18, 45)), EventTimes.ToLocal(utc, "America/Los_Angeles"));
        Assert.True(EventTimes.IsKnownZone("America/Puerto_Rico"));
        Assert.False(EventTimes.IsKnownZone("Mars/Olympus_Mons"));
        Assert.False(EventTimes.IsKnownZone(null));
        Assert.All(EventTimes.CommonZoneIds, zone => Assert.Contains(zone, EventTimes.AllZoneIds));
    }
}
