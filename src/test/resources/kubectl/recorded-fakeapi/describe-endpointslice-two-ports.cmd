describe endpointslice kubia-two-ports-w9z1a
