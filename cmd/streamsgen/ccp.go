package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"

	"github.com/streamsgen/streamsgen/ccptest"
)

const ccpUsage = "usage: streamsgen ccp [-addr host:port] [-scenario file.json] [-hold-ack] [-v]"

// runCCP serves a stand-in CCP until interrupted.
func runCCP(args []string, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return serveCCP(ctx, args, os.Stdin, stdout, stderr)
}

// serveCCP serves a stand-in CCP until ctx is done, reading console
// commands from stdin.
func serveCCP(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("streamsgen ccp", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:0", "listen on `host:port` (port 0 picks a free port)")
	scenario := fs.String("scenario", "", "load the agent, contacts and steps from this JSON `file`")
	holdAck := fs.Bool("hold-ack", false, "never acknowledge the CCP page, so that Streams times out")
	verbose := fs.Bool("v", false, "log every message from Streams")
	fs.Usage = func() {
		fmt.Fprintln(stderr, ccpUsage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "streamsgen ccp: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return 2
	}
	var opts []ccptest.Option
	if *scenario != "" {
		sc, err := ccptest.LoadScenario(*scenario)
		if err != nil {
			fmt.Fprintln(stderr, "streamsgen ccp:", err)
			return 1
		}
		opts = append(opts, ccptest.WithScenario(sc))
	}
	if *holdAck {
		opts = append(opts, ccptest.HoldAcknowledge())
	}
	logf := func(format string, args ...any) { fmt.Fprintf(stderr, format+"\n", args...) }
	if *verbose {
		opts = append(opts, ccptest.WithLog(logf))
	}
	srv, err := ccptest.Listen(*addr, opts...)
	if err != nil {
		fmt.Fprintln(stderr, "streamsgen ccp:", err)
		return 1
	}
	defer srv.Close()
	fmt.Fprintf(stdout, "ccpUrl: %s\n", srv.CCPURL())
	fmt.Fprintln(stderr, "streamsgen ccp: serving; type help for the console commands, interrupt to stop")

	lines := make(chan string)
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(stdin)
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			case <-ctx.Done():
				return
			}
		}
	}()
	con := console{srv: srv, out: stderr}
	for {
		select {
		case <-ctx.Done():
			return 0
		case line, ok := <-lines:
			if !ok {
				lines = nil // stdin closed: keep serving
				continue
			}
			con.do(line)
		}
	}
}

// console runs the commands typed while the CCP is served.
type console struct {
	srv *ccptest.Server
	out io.Writer
	n   int // contacts created
}

const consoleHelp = `commands:
  call [number]         offer a voice call      chat [name]   offer a chat
  task [name]           offer a task            end ID        the customer hangs up
  miss ID               the agent misses ID     remove ID     remove contact ID
  state NAME            set the agent's state   next [NAME]   set or clear the next state
  fail METHOD [TYPE]    fail the next API request of METHOD
  barge ID, silent ID   switch a monitoring connection
  show                  print the agent and contacts`

func (c *console) do(line string) {
	f := strings.Fields(line)
	if len(f) == 0 {
		return
	}
	arg := func(i int, def string) string {
		if i < len(f) {
			return strings.Join(f[i:], " ")
		}
		return def
	}
	id := func(kind string) string {
		c.n++
		return kind + "-" + strconv.Itoa(c.n)
	}
	var err error
	switch f[0] {
	case "help", "?":
		fmt.Fprintln(c.out, consoleHelp)
	case "call":
		err = c.srv.AddContact(ccptest.Voice(id("call"), arg(1, "+15555550100")))
	case "chat":
		err = c.srv.AddContact(ccptest.Chat(id("chat"), arg(1, "Customer")))
	case "task":
		err = c.srv.AddContact(ccptest.Task(id("task"), arg(1, "Task")))
	case "end":
		err = c.srv.EndContact(arg(1, ""))
	case "miss":
		err = c.srv.MissContact(arg(1, ""))
	case "remove":
		err = c.srv.RemoveContact(arg(1, ""))
	case "state":
		err = c.srv.SetAgentState(arg(1, ""))
	case "next":
		err = c.srv.SetNextState(arg(1, ""))
	case "fail":
		if len(f) < 2 {
			err = fmt.Errorf("fail needs a method, such as acceptContact")
			break
		}
		c.srv.FailNext(f[1], ccptest.APIError(arg(2, "InternalServiceException"), "failed by the streamsgen ccp console", 500), nil)
	case "barge":
		err = c.srv.SetMonitorStatus(arg(1, ""), ccptest.Barge)
	case "silent":
		err = c.srv.SetMonitorStatus(arg(1, ""), ccptest.SilentMonitor)
	case "show":
		snap := c.srv.Snapshot()
		next := ""
		if snap.Next != nil {
			next = " (next: " + snap.Next.Name + ")"
		}
		fmt.Fprintf(c.out, "%s: %s%s\n", snap.Agent.Name, snap.State.Name, next)
		for _, k := range snap.Contacts {
			fmt.Fprintf(c.out, "  %s %s: %s\n", k.Type, k.ID, k.State)
		}
	default:
		err = fmt.Errorf("unknown command %q; type help", f[0])
	}
	if err != nil {
		fmt.Fprintln(c.out, err)
	}
}
