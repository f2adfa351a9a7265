describe endpointslice kubia-mixed-m1x2d
