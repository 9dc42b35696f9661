package no.sirkel;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SirkelApplication {

    public static void main(String[] args) {
        SpringApplication.run(SirkelApplication.class, args);
    }
}
