describe service kubia-session
