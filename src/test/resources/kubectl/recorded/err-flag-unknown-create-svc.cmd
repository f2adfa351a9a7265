create service clusterip y --bogus
