package org.tumorboard.navigator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class TumorBoardApplication {
    public static void main(String[] args) {
        SpringApplication.run(TumorBoardApplication.class, args);
    }
}
