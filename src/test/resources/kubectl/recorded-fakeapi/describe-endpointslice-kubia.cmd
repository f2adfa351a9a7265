describe endpointslice kubia-x5d7k
