create service clusterip foo --tcp=abc
