# A member of the Tcl `cluster` package for ClusterScope's interoperation test. It uses the
# package unmodified, from where it lies (../shared/interop/tcl-cluster), and only drives it:
#
#   tclsh tcl-member.tcl MODDIR CLUSTERDIR SHIM TAG TTL_SECONDS
#
# MODDIR holds ensembled-1.0.tm and unix_sockets-0.0.tm, CLUSTERDIR is the package folder, SHIM
# the support/shim.tcl for a namespace with only `lo`. It joins with TAG, a 1 s heartbeat and a
# service time to live of TTL_SECONDS, answers every query with `tcl-answer`, and reads commands
# on standard input:
#   query TAG   asks the services tagged TAG
#   quit        says goodbye (a disconnect) and exits
# Its lines: JOINED sid=…, DISCOVERED tags=… sid=…, DISCONNECT sid=… (a goodbye received),
# LOST sid=…, ANSWERED, QUERY response|done|timeout ….
lassign $argv moddir clusterdir shim tag ttl
::tcl::tm::path add $moddir
package ifneeded cluster 1.1.8 \
  "[list source -encoding utf-8 [file join $clusterdir cluster-1.1.8.tm]]; [list package provide cluster 1.1.8]"
package require cluster
source $shim
fconfigure stdout -buffering line

set cluster [cluster join -tags [list $tag] -heartbeat 1000 -ttl $ttl]
puts "JOINED sid=[$cluster sid]"
$cluster hook query { puts "ANSWERED" ; return "tcl-answer" }
$cluster hook service discovered { puts "DISCOVERED tags=[$service tags] sid=[$service sid]" }
$cluster hook service lost { puts "LOST sid=[$service sid]" }
# runs in the receiving method's frame, where the decoded packet is $payload
$cluster hook evaluate receive {
  if {[dict exists $payload type] && [dict get $payload type] == 0} { puts "DISCONNECT sid=[dict get $payload sid]" }
}

proc QueryEvent { event } {
  lassign $event action query
  switch -- $action {
    response { puts "QUERY response [$query result]"; return [$query result] }
    done     { puts "QUERY done" }
    timeout  { puts "QUERY timeout" }
  }
}

proc Command {} {
  if {[gets stdin line] < 0} {
    fileevent stdin readable {}
    return
  }
  lassign $line verb arg
  switch -- $verb {
    query {
      $::cluster query -collect -resolve $arg -timeout 5000 -command QueryEvent -query {status}
    }
    quit {
      $::cluster broadcast [$::cluster disconnect_payload]
      $::cluster destroy
      exit
    }
  }
}
fileevent stdin readable Command
vwait ::forever
