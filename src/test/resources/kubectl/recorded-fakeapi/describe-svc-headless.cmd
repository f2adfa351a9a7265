describe service kubia-headless
