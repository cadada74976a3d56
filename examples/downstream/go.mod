module example.com/downstream

go 1.26.0

require (
	github.com/dave/jennifer v1.7.1 // indirect
	github.com/evanw/esbuild v0.28.2 // indirect
	github.com/streamsgen/streamsgen v0.0.0 // indirect
	golang.org/x/sys v0.0.0-20220715151400-c0bba94af5f8 // indirect
)

// This example lives in the streamsgen repository and builds against it; a
// real module drops this line and pins a released version instead.
replace github.com/streamsgen/streamsgen => ../..

tool github.com/streamsgen/streamsgen/cmd/streamsgen
