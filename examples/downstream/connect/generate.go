package connect

// The bindings of this package are generated into it by the pinned
// streamsgen tool (go get -tool) when you run `go generate ./...`: only the
// parts of the Streams API the app uses (-only), plus, from the overlay
// schema in ./overlay, a member the embedded schema does not have.

//go:generate go tool streamsgen -out . -pkg connect -go-dir . -js-dir web -overlay overlay -only Core.initCCP,Connect.agent,Agent.getName,Agent.onStateChange,Agent.setState,Agent.getConfiguration,Agent.getShortName
