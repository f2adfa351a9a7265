get ep
