# Decodes bpackets with the Tcl cluster package's own decoder and says what a member would do
# with each: one hex packet a line on stdin, one line out.
#   usage: tclsh tcl-decode.tcl PACKAGE_DIR
# Out: "drop <reason>" or "keep <decoded dict>", decoded as cluster-rx.tcl and
# cluster-service validate read a packet (the receiving member's sid is "me").
set pkg [lindex $argv 0]
::tcl::tm::path add [file join $pkg tcl-modules]
package require bpacket
source [file join $pkg cluster utils packet.tcl]

oo::class create Receiver {
  method sid {} { return me }
  method check_filter {filter} { expr {"me" in $filter} }
}
set receiver [Receiver new]
fconfigure stdout -translation lf

while {[gets stdin line] >= 0} {
  if {$line eq ""} continue
  if {[catch {::cluster::packet::decode [binary format H* $line] $receiver} payload]} {
    puts "drop error: $payload"
    continue
  }
  if {$payload eq {}} { puts "drop filtered"; continue }
  # cluster-rx: a member reads only the channels it has joined (0, 1, 2 by default)
  if {[dict get $payload channel] ni {0 1 2}} { puts "drop channel [dict get $payload channel]"; continue }
  # cluster-service validate
  set problems {}
  foreach field {sid hid type channel protocols} {
    if {![dict exists $payload $field]} { lappend problems "no $field" }
  }
  if {[dict exists $payload protocols] && "c" ni [dict get $payload protocols]} { lappend problems "no c" }
  # service-rx heartbeat: the properties are merged as a dict
  if {[dict exists $payload data] && [dict get $payload type] in {1 2}} {
    if {[catch {dict merge {} [dict get $payload data]} err]} { lappend problems "data: $err" }
  }
  if {$problems ne {}} { puts "drop [join $problems ,]"; continue }
  dict unset payload raw
  puts "keep [string map [list \n {\\n}] $payload]"
}
