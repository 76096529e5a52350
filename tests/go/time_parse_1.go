// time.Parse and ParseInLocation: layouts, zones, fractions, and Go's ParseError messages.
package main

import (
	"fmt"
	"time"
)

func show(layout, value string) {
	t, err := time.Parse(layout, value)
	if err != nil {
		fmt.Println("ERR", err)
		return
	}
	name, off := t.Zone()
	fmt.Println(t, "|", t.Format(time.RFC3339Nano), name, off, t.Location())
}

func main() {
	show("2006-01-02", "2024-02-29")
	show("2006-01-02", "2023-02-29")
	show("2006-01-02", "2024-13-01")
	show("2006-01-02", "2024-1x-01")
	show("2006-01-02", "24-01-01")
	show("2006-01-02", "2024-01-01 extra")
	show("2006-01-02", "2024-01-45")
	show(time.RFC3339, "2023-03-05T14:07:09Z")
	show(time.RFC3339, "2023-03-05T14:07:09+05:30")
	show(time.RFC3339, "2023-03-05T14:07:09-00:00")
	show(time.RFC3339, "2023-03-05T14:07:09+00:00")
	show(time.RFC3339Nano, "2023-03-05T14:07:09.123456789Z")
	show(time.RFC3339, "2023-03-05T14:07:09.5Z")
	show(time.RFC1123, "Mon, 02 Jan 2006 15:04:05 MST")
	show(time.RFC1123, "Mon, 02 Jan 2006 15:04:05 UTC")
	show(time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 -0700")
	show(time.ANSIC, "Mon Jan  2 15:04:05 2006")
	show(time.UnixDate, "Mon Jan  2 15:04:05 GMT+3 2006")
	show(time.Kitchen, "3:04PM")
	show(time.Kitchen, "12:30AM")
	show(time.Kitchen, "13:04PM")
	show("Jan 2 2006 3:04:05.000 pm", "feb 3 2013 4:05:06.789 am")
	show("January 2, 2006", "March 15, 2021")
	show("Monday, January 2, 2006", "Tuesday, March 16, 2021")
	show("02/01/06 15:04", "31/12/99 23:59")
	show("02/01/06 15:04", "31/12/68 23:59")
	show("2006-01-02 15:04:05", "2021-06-07 25:00:00")
	show("2006-01-02 15:04:05", "2021-06-07 10:61:00")
	show("2006-01-02 15:04:05", "2021-06-07 10:01:60")
	show("2006-01-02 15:04:05", "2021-06-07 10:01")
	show("2006 002", "2020 060")
	show("2006 002", "2021 366")
	show("2006 __2", "2020   5")
	show("2006-01-02 002", "2020-03-01 061")
	show("2006-01-02 002", "2020-03-02 061")
	show("15:04:05.000", "10:11:12.1")
	show("15:04:05,000", "10:11:12,123")
	show("15:04:05.999", "10:11:12")
	show("15:04:05", "10:11:12.123456")
	show("2006-01-02T15:04:05Z0700", "2020-01-01T00:00:00+0100")
	show("2006-01-02T15:04:05-07", "2020-01-01T00:00:00-03")
	show("2006-01-02T15:04:05-07:00:00", "2020-01-01T00:00:00+01:02:03")
	show("2006-01-02  15:04", "2020-01-01 15:04")
	show("2006-01-02 15:04", "2020-01-01    15:04")
	show("", "")
	show("", "x")
	show("Jan _2", "Feb  3")
	show("2006-01-02 MST", "2020-01-01 CEST")
	show("2006-01-02 MST", "2020-01-01 xyz")
	show("2006-01-02 PM", "2020-01-01 XM")
	t, err := time.ParseInLocation("2006-01-02 15:04", "2020-01-01 10:00", time.FixedZone("X", 3600))
	fmt.Println(t, err, t.UTC())
	var pe *time.ParseError
	_, err = time.Parse("2006", "abc")
	if e, ok := err.(*time.ParseError); ok {
		pe = e
		fmt.Printf("%q %q %q %q %q\n", pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
	}
}
