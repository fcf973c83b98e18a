package demo.broken;

import org.proclab.runtime.Process;

public class Broken {
    public static void main(String[] args) {
        Process p = new Process(() -> System.out.println("hi"));
        p.start()
        p.join();
    }
}
