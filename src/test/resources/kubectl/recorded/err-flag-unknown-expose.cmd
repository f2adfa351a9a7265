expose deployment kubia --bogus
