describe service kubia-wrong-selector
