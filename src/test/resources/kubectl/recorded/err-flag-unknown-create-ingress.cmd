create ingress kubia --rule=/=kubia:80 --bogus
